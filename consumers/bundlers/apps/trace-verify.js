// The trace client over HTTP: verifies a pack with the sandbox at process.argv[2].
import { ApothecaClient } from '@apotheca/core';
import { trace } from '@apotheca/trace';

const [baseUrl, code] = process.argv.slice(2);
const client = new ApothecaClient({ baseUrl, apiKey: 'sk_test_apotheca_sandbox', browser: false });
const result = await trace(client).verifications.create({ code });
console.log(JSON.stringify({ status: result.status, dispensable: result.dispensable }));
