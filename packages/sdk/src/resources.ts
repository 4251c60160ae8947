import { claims } from '@apotheca/claims';
import { consultations } from '@apotheca/consultations';
import type { ApothecaClient } from '@apotheca/core';
import { patients } from '@apotheca/patients';
import { prescriptions } from '@apotheca/prescriptions';
import { trace } from '@apotheca/trace';
import { files } from './resources/files';
import { webhookEndpoints } from './resources/webhook-endpoints';
import { widgetSessions } from './resources/widget-sessions';

/**
 * The single registration point of the umbrella: every resource factory, by the name it has on
 * `new Apotheca()`. To add a domain, add its package's factory here (and its namespace export in
 * `index.ts`); `Resources` and `Apotheca` pick it up from this table.
 */
const factories = {
  patients,
  widgetSessions,
  files,
  webhookEndpoints,
  /** Drug trace verification and dispensing (`@apotheca/trace`). */
  trace,
  /** The medication catalogue and drug-safety checks (`@apotheca/prescriptions`). */
  prescriptions,
  /** Triage, doctors and their slots, consultations (`@apotheca/consultations`). */
  consultations,
  /** Coverage checks, claims and estimates (`@apotheca/claims`). */
  claims,
} satisfies Record<string, (client: ApothecaClient) => object>;

/** Every resource the umbrella client exposes, each bound to one client. */
export type Resources = { [K in keyof typeof factories]: ReturnType<(typeof factories)[K]> };

/** Binds every resource to one client. */
export function createResources(client: ApothecaClient): Resources {
  return Object.fromEntries(
    Object.entries(factories).map(([name, factory]) => [name, factory(client)]),
  ) as Resources;
}
