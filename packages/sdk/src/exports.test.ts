// The umbrella's export surface: core flat, each resource package as a namespace, the 0.1 flat
// names kept as they were, and no name claimed by two packages.
import type { Schema } from '@apotheca/api-spec';
import * as claimsPackage from '@apotheca/claims';
import * as consultationsPackage from '@apotheca/consultations';
import * as core from '@apotheca/core';
import * as patientsPackage from '@apotheca/patients';
import * as prescriptionsPackage from '@apotheca/prescriptions';
import * as tracePackage from '@apotheca/trace';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as sdk from './index';

/** Every resource package the umbrella re-exports; a new package is added here and in index.ts. */
const packages = {
  Patients: patientsPackage,
  Trace: tracePackage,
  Prescriptions: prescriptionsPackage,
  Consultations: consultationsPackage,
  Claims: claimsPackage,
} as const;

describe('the umbrella export', () => {
  it('exposes each resource package whole as a namespace', () => {
    const namespaces = {
      Patients: sdk.Patients,
      Trace: sdk.Trace,
      Prescriptions: sdk.Prescriptions,
      Consultations: sdk.Consultations,
      Claims: sdk.Claims,
    };
    for (const [namespace, module] of Object.entries(packages))
      expect(Object.keys(namespaces[namespace as keyof typeof packages]).sort(), namespace).toEqual(
        Object.keys(module).sort(),
      );
    expect(sdk.Trace.isDispensationConflict).toBe(tracePackage.isDispensationConflict);
    expect(sdk.Prescriptions.isRefillConflict).toBe(prescriptionsPackage.isRefillConflict);
    expect(sdk.Consultations.consultations).toBe(consultationsPackage.consultations);
    expect(sdk.Claims.isClaimConflict).toBe(claimsPackage.isClaimConflict);
  });

  it('has no value name that two packages (or a package and core) both claim', () => {
    const owners = new Map<string, string>();
    for (const [name, module] of Object.entries({ core, ...packages })) {
      for (const key of Object.keys(module)) {
        expect(owners.get(key), `${key} is exported by ${owners.get(key)} and ${name}`).toBe(
          undefined,
        );
        owners.set(key, name);
      }
    }
  });

  it('keeps every runtime name of 0.1 importable flat, bound to the same value', () => {
    expect(sdk.patients).toBe(patientsPackage.patients);
    expect(sdk.trace).toBe(tracePackage.trace);
    expect(sdk.parseTraceCode).toBe(tracePackage.parseTraceCode);
    expect(sdk.TraceCodeError).toBe(tracePackage.TraceCodeError);
    expect(sdk.toDigitalLink).toBe(tracePackage.toDigitalLink);
    expect(sdk.ApothecaError).toBe(core.ApothecaError);
  });

  it('types namespaced names from their own package, so equal names cannot collide', () => {
    // Were a second package to export `Product`, it would be `Prescriptions.Product`: a distinct
    // type beside this one, never a silent merge or an ambiguous star export.
    expectTypeOf<sdk.Trace.Product>().toEqualTypeOf<Schema<'Product'>>();
    expectTypeOf<sdk.Trace.Product>().toEqualTypeOf<sdk.Product>();
    expectTypeOf<sdk.Patients.Patient>().toEqualTypeOf<Schema<'Patient'>>();
    expectTypeOf<sdk.Prescriptions.Medication>().toEqualTypeOf<Schema<'Medication'>>();
    expectTypeOf<sdk.Consultations.Consultation>().toEqualTypeOf<Schema<'Consultation'>>();
    expectTypeOf<
      sdk.Resources['consultations']
    >().toEqualTypeOf<consultationsPackage.ConsultationsResource>();
    expectTypeOf<sdk.Claims.Claim>().toEqualTypeOf<Schema<'Claim'>>();
    expectTypeOf<sdk.Resources['claims']>().toEqualTypeOf<claimsPackage.ClaimsResource>();
    expectTypeOf<sdk.Trace.DispensationConflictError>().toEqualTypeOf<tracePackage.DispensationConflictError>();
  });
});

describe('one call style', () => {
  it('gives the umbrella the same resource shapes the per-package factories return', () => {
    const apotheca = new sdk.Apotheca({ browser: false });
    expect(Object.keys(apotheca.trace).sort()).toEqual(
      Object.keys(tracePackage.trace(apotheca.client)).sort(),
    );
    expect(Object.keys(apotheca.prescriptions).sort()).toEqual([
      'adherence',
      'medications',
      'prescriptionUploads',
      'prescriptions',
      'refillRequests',
      'safetyChecks',
    ]);
    expect(Object.keys(apotheca.prescriptions.medications).sort()).toEqual(['list', 'retrieve']);
    expect(Object.keys(apotheca.prescriptions.prescriptions).sort()).toEqual([
      'cancel',
      'create',
      'dispense',
      'list',
      'refillCalendar',
      'refillStatus',
      'retrieve',
      'sign',
    ]);
    expect(Object.keys(apotheca.patients).sort()).toEqual(
      Object.keys(patientsPackage.patients(apotheca.client)).sort(),
    );
    const standalone = consultationsPackage.consultations(apotheca.client);
    expect(Object.keys(apotheca.consultations).sort()).toEqual(Object.keys(standalone).sort());
    expect(Object.keys(apotheca.consultations.triage).sort()).toEqual(
      Object.keys(standalone.triage).sort(),
    );
    expect(Object.keys(apotheca.consultations.doctors).sort()).toEqual(
      Object.keys(standalone.doctors).sort(),
    );
    expect(Object.keys(apotheca.claims.claims).sort()).toEqual([
      'cancel',
      'create',
      'list',
      'retrieve',
      'validate',
    ]);
    expect(Object.keys(apotheca.claims).sort()).toEqual([
      'claimEstimates',
      'claims',
      'coverageChecks',
    ]);
  });

  it('keeps deprecated aliases bound to the renamed verbs', () => {
    const { webhookEndpoints } = new sdk.Apotheca({ browser: false });
    expect(webhookEndpoints.del).toBe(webhookEndpoints.delete);
  });
});
