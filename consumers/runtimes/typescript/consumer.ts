// A partner's TypeScript, type-checked (never run) under each moduleResolution in the matrix: it
// compiles only while the published .d.ts files resolve and keep their shapes.
import {
  Apotheca,
  type Patient,
  type Trace,
  ValidationError,
  verifyWebhook,
  type WebhookEvent,
  WebhookVerificationError,
} from '@apotheca/sdk';
import { parseTraceCode } from '@apotheca/trace';

type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const assertType = <T extends true>(_proof: T): void => undefined;

export async function partnerServer(rawBody: string, headers: Headers): Promise<string> {
  const apotheca = new Apotheca({
    apiKey: 'sk_test_apotheca_sandbox',
    baseUrl: 'http://127.0.0.1:4010',
  });

  const check = await apotheca.trace.verifications.create({
    code: '(01)06901234100013(17)290228(10)2603101(21)OK0001',
  });
  assertType<Equal<typeof check, Trace.TraceVerification>>(true);
  const status: Trace.TraceVerification['status'] = check.status;

  const created = await apotheca.patients.create({ name: 'David Chen', birth_date: '1988-07-02' });
  assertType<Equal<typeof created, Patient>>(true);
  const names: string[] = [];
  for await (const patient of apotheca.patients.list({ limit: 10 })) names.push(patient.name);

  // @ts-expect-error birth_date is required
  await apotheca.patients.create({ name: 'No birth date' });

  try {
    await apotheca.patients.create({ name: 'Bad', birth_date: 'yesterday' });
  } catch (error) {
    if (error instanceof ValidationError) names.push(...error.errors.map((e) => e.path));
  }

  const parsed = parseTraceCode(']d201095060001343521726123110ABC123\x1d21SER0001');
  const gtin: string | undefined = parsed.format === 'china' ? undefined : parsed.gtin;

  try {
    const event: WebhookEvent = await verifyWebhook(rawBody, headers, 'whsec_dGVzdHNlY3JldA==');
    return `${status} ${gtin} ${names.length} ${event.type}`;
  } catch (error) {
    if (error instanceof WebhookVerificationError) return error.code;
    throw error;
  }
}
