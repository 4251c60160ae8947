import { it } from 'vitest';
import { parse } from '/work/wt/triage/packages/domain/src/triage/engine';
const texts = (process.env.T ?? '').split('||');
it('dbg', () => { for (const t of texts) console.log(t, '=>', parse({ text: t }).mentions.map((m) => `${m.id}:${m.choice[0]}`).join(' ')); });
