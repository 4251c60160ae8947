import type { ReactiveControllerHost } from 'lit';
import type { ApiCall, CallState } from '../platform/controllers/api-controller';
import type { ClaimApi, Medication } from './api/claim-api';
import { lookupKit } from './kit/load-kit';
import type { ItemMatch } from './states';
import type { DiagnosisOption } from './view/diagnoses-view';

/** How many ICD-10 matches the diagnosis search shows. */
const DIAGNOSES_SHOWN = 6;

/**
 * The two look-ups of the form: medicines in the catalogue (a code typed from the invoice skips
 * the search) and ICD-10 codes in the bundled table, with the diagnoses chosen so far by name.
 */
export class Lookups {
  query = '';
  diagnosisMatches: DiagnosisOption[] = [];
  chosen: DiagnosisOption[] = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly medications: ApiCall<ClaimApi, [string], Medication[]>,
  ) {}

  async searchItems(q: string): Promise<void> {
    this.query = q;
    if (!q || /^(SVC-|XSBX)/i.test(q)) return this.medications.reset();
    await this.medications.run(q);
  }

  /** Catalogue hits with their current insurance code (a product without one cannot be claimed). */
  get itemMatches(): CallState<ItemMatch[]> {
    const state = this.medications.state;
    if (state.status !== 'complete') return state;
    const value = state.value.flatMap((medication) => {
      const current = medication.insurance_codes.find((c) => c.status === 'current');
      return current ? [{ medication, code: current.code }] : [];
    });
    return { status: 'complete', value };
  }

  async searchDiagnoses(q: string): Promise<void> {
    const { searchIcd10 } = await lookupKit.load();
    const taken = new Set(this.chosen.map((d) => d.code));
    this.diagnosisMatches = searchIcd10(q, DIAGNOSES_SHOWN).filter((o) => !taken.has(o.code));
    this.host.requestUpdate();
  }

  /** Adds a diagnosis; returns the chosen codes. */
  choose(option: DiagnosisOption): string[] {
    this.chosen = [...this.chosen, option];
    this.diagnosisMatches = this.diagnosisMatches.filter((d) => d.code !== option.code);
    return this.chosen.map((d) => d.code);
  }

  /** Removes a diagnosis; returns the chosen codes. */
  unchoose(code: string): string[] {
    this.chosen = this.chosen.filter((d) => d.code !== code);
    return this.chosen.map((d) => d.code);
  }

  /** Restored codes, named by their code until searched again. */
  restore(codes: readonly string[]): void {
    this.chosen = codes.map((code) => ({ code, name: { en: code, 'zh-CN': code } }));
  }

  clear(): void {
    this.query = '';
    this.diagnosisMatches = [];
    this.chosen = [];
    this.medications.reset();
  }
}
