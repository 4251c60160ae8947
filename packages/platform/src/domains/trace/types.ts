/**
 * Types of the sandbox trace domain: the contract's shapes plus the registry's own records.
 */
import type { Schema } from '@apotheca/api-spec';

export type LocalizedText = Schema<'LocalizedText'>;
export type Product = Schema<'Product'>;
export type Pack = Schema<'Pack'>;
export type PackState = Schema<'PackState'>;
export type Party = Schema<'Party'>;
export type Place = Schema<'Place'>;
export type TemperatureLog = Schema<'TemperatureLog'>;
export type JourneyEvent = Schema<'JourneyEvent'>;
export type TraceAlert = Schema<'TraceAlert'>;
export type TraceStatus = Schema<'TraceStatus'>;
export type TraceContext = Schema<'TraceContext'>;
export type ParsedTraceCode = Schema<'ParsedTraceCode'>;
export type TraceCodeFields = Schema<'TraceCodeFields'>;
export type TraceVerification = Schema<'TraceVerification'>;
export type Dispensation = Schema<'Dispensation'>;

/**
 * What the offline parser (`safeParseTraceCode` of `@apotheca/trace`) returns, reduced to the
 * members verification reads. Declared structurally so the domain does not depend on the
 * parser's full type.
 */
export type ParsedCodeLike =
  | {
      format: 'gs1' | 'digital-link';
      symbology?: string;
      gtin?: string;
      lot?: string;
      serial?: string;
      expiry?: string;
    }
  | {
      format: 'china';
      symbology?: string;
      code: string;
      productCode: string;
      serial: string;
      checkCode: string;
    };

/** A scanned or typed code, normalised for registry look-up. */
export type TraceCodeQuery =
  | {
      kind: 'gs1';
      format: 'gs1' | 'digital-link' | 'fields';
      symbology?: string;
      gtin?: string;
      lot?: string;
      serial?: string;
      expiry?: string;
    }
  | {
      kind: 'china';
      format: 'china' | 'fields';
      symbology?: string;
      code: string;
      productCode: string;
      serial: string;
      checkCode: string;
    };

/** A product of the registry: the contract's `Product` plus what the sandbox reasons with. */
export interface ProductRecord extends Product {
  /** ISO 3166 country of manufacture. */
  originCountry: string;
  /** Imported products must show a customs clearance in their journey. */
  imported: boolean;
  /**
   * `partial` for imports whose foreign serials are only partly mapped into the national
   * system: an unknown serial then needs secondary verification instead of being "not found".
   */
  serialMapping: 'complete' | 'partial';
  /** Allowed storage range in °C (cold chain). */
  temperatureRange?: { min: number; max: number };
}

/** A dispensation as the registry seeds it. */
export interface SeedDispensation {
  id: string;
  locationId: string;
  dispensedAt: string;
  patientId?: string;
}

/** A pack as seeded: fixed identity and history, plus its initial state. */
export interface PackRecord {
  id: string;
  productId: string;
  lot: string;
  /** YYYY-MM-DD */
  expiry: string;
  /** GS1 serial (AI 21), when the pack carries a GS1 DataMatrix. */
  serial?: string;
  /** China 20-digit trace code, when the pack carries one. */
  chinaCode?: string;
  state: PackState;
  stateChangedAt: string;
  journey: JourneyEvent[];
  dispensation?: SeedDispensation;
  /** Why this pack exists (for docs and tests). */
  purpose: string;
}

/** The mutable part of a pack, kept in storage. */
export interface PackStatus {
  state: PackState;
  stateChangedAt: string;
  /** The current (not reversed) dispensation, if the pack is dispensed. */
  dispensation?: SeedDispensation;
  /** Events appended at runtime (dispensed, dispense_reversed …). */
  events: JourneyEvent[];
}

/** A pack as verification sees it: seed record merged with its stored status. */
export interface PackView {
  record: PackRecord;
  status: PackStatus;
}
