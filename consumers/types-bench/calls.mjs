// The call templates the benchmark cycles through to write 100 typed calls per SDK. `i` makes each
// call distinct; every call reads a field of its result so tsc resolves the response type.
export const TEMPLATES = {
  // No SDK: what the compiler options and lib files alone cost, subtracted in the net columns.
  baseline: { header: '', calls: [(i) => `await Promise.resolve(${i})`] },
  apotheca: {
    header: `import { Apotheca } from '@apotheca/sdk';
const client = new Apotheca({ apiKey: 'sk_test_apotheca_sandbox' });`,
    calls: [
      (i) => `(await client.patients.create({ name: 'P${i}', birth_date: '1990-01-02' })).id`,
      (i) => `(await client.patients.retrieve('pat_${i}')).birth_date`,
      (i) => `(await client.patients.update('pat_${i}', { name: 'Q${i}' })).name`,
      (i) =>
        `(await client.patients.list({ limit: ${(i % 50) + 1} }).toArray({ limit: 10 }))[0]?.id`,
      (i) =>
        `(await client.trace.verifications.create({ code: '(01)06901234100013(21)S${i}' })).status`,
      (i) => `(await client.prescriptions.medications.retrieve('med_${i}')).id`,
      (i) =>
        `(await client.prescriptions.medications.list({ limit: ${(i % 50) + 1} }).toArray({ limit: 5 })).length`,
      (i) => `(await client.prescriptions.prescriptions.retrieve('rx_${i}')).status`,
      (i) => `(await client.prescriptions.prescriptions.refillStatus('rx_${i}')).status`,
      (i) => `(await client.consultations.triage.parse({ text: 'headache ${i}' })).mentions.length`,
      (i) => `(await client.consultations.doctors.retrieve('doc_${i}')).id`,
      (i) => `(await client.consultations.retrieve('con_${i}')).status`,
      (i) => `(await client.consultations.join('con_${i}', { participant: 'patient' })).object`,
      (i) =>
        `(await client.webhookEndpoints.create({ url: 'https://partner.example/h${i}', events: ['*'] })).secret`,
      (i) =>
        `(await client.widgetSessions.create({ patient_id: 'pat_${i}', scopes: ['patients:read'], allowed_origin: 'https://h.example' })).token`,
      (i) => `(await client.files.retrieve('file_${i}')).id`,
      (i) => `(await client.health()).status + ${i}`,
    ],
  },
  stripe: {
    header: `import Stripe from 'stripe';
const client = new Stripe('sk_test_x');`,
    calls: [
      (i) => `(await client.customers.create({ email: 'c${i}@example.com' })).id`,
      (i) => `(await client.customers.retrieve('cus_${i}')).id`,
      (i) => `(await client.customers.update('cus_${i}', { name: 'C${i}' })).name`,
      (i) => `(await client.customers.list({ limit: ${(i % 50) + 1} })).data[0]?.id`,
      (i) => `(await client.paymentIntents.create({ amount: ${100 + i}, currency: 'usd' })).status`,
      (i) => `(await client.paymentIntents.retrieve('pi_${i}')).amount`,
      (i) => `(await client.products.create({ name: 'Prod ${i}' })).id`,
      (i) =>
        `(await client.prices.create({ product: 'prod_${i}', unit_amount: ${i}, currency: 'usd' })).id`,
      (i) => `(await client.invoices.retrieve('in_${i}')).status`,
      (i) => `(await client.subscriptions.retrieve('sub_${i}')).status`,
      (i) => `(await client.refunds.create({ payment_intent: 'pi_${i}' })).status`,
      (i) => `(await client.charges.list({ limit: ${(i % 50) + 1} })).data.length`,
      (i) =>
        `(await client.checkout.sessions.create({ mode: 'payment', success_url: 'https://x.example/${i}' })).url`,
      (i) =>
        `(await client.webhookEndpoints.create({ url: 'https://partner.example/h${i}', enabled_events: ['*'] })).secret`,
      (i) => `(await client.setupIntents.retrieve('seti_${i}')).status`,
      (i) => `(await client.paymentMethods.retrieve('pm_${i}')).type`,
      (i) => `(await client.balance.retrieve()).available.length + ${i}`,
    ],
  },
  openai: {
    header: `import OpenAI from 'openai';
const client = new OpenAI({ apiKey: 'sk-x' });`,
    calls: [
      (i) =>
        `(await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'q${i}' }] })).choices[0]?.message.content`,
      (i) =>
        `(await client.embeddings.create({ model: 'text-embedding-3-small', input: 'e${i}' })).data[0]?.embedding.length`,
      (i) => `(await client.models.retrieve('m${i}')).id`,
      (i) => `(await client.models.list()).data.length + ${i}`,
      (i) => `(await client.files.retrieve('file_${i}')).filename`,
      (i) => `(await client.files.list({ limit: ${(i % 50) + 1} })).data.length`,
      (i) => `(await client.moderations.create({ input: 'm${i}' })).results[0]?.flagged`,
      (i) =>
        `(await client.images.generate({ model: 'gpt-image-1', prompt: 'p${i}' })).data?.length`,
      (i) =>
        `(await client.responses.create({ model: 'gpt-4o-mini', input: 'r${i}' })).output_text`,
      (i) => `(await client.batches.retrieve('batch_${i}')).status`,
      (i) => `(await client.vectorStores.create({ name: 'vs${i}' })).id`,
      (i) => `(await client.vectorStores.retrieve('vs_${i}')).status`,
      (i) => `(await client.fineTuning.jobs.retrieve('ft_${i}')).status`,
      (i) =>
        `(await client.audio.speech.create({ model: 'tts-1', voice: 'alloy', input: 's${i}' })).ok`,
      (i) =>
        `(await client.completions.create({ model: 'gpt-3.5-turbo-instruct', prompt: 'c${i}' })).choices[0]?.text`,
      (i) =>
        `(await client.uploads.create({ bytes: ${i + 1}, filename: 'u${i}', mime_type: 'text/plain', purpose: 'assistants' })).id`,
      (i) => `(await client.containers.retrieve('cntr_${i}')).id`,
    ],
  },
};
