import { bench, describe } from 'vitest';
import { parse } from '../src/triage/engine';
import { runVignette, type Vignette } from '../src/triage/eval/run';
import { screenText } from '../src/triage/red-flags/index';

const gout: Vignette = {
  id: 'bench',
  age: 52,
  sex: 'male',
  complaint_en: "painful leg, can't walk",
  complaint_zh: '腿疼，走不了路',
  findings: [
    'sudden onset overnight',
    'pain at base of big toe',
    'joint red, hot and swollen',
    'no injury',
    'no fever',
  ],
  expect_triage: 'consult',
  acceptable_triage: ['consult'],
  expect_department: 'rheumatology',
  acceptable_departments: ['rheumatology'],
};

describe('triage', () => {
  bench('parse English complaint', () => {
    parse({ text: 'Crushing chest pain for 30 minutes spreading to my left arm, I am sweating' });
  });
  bench('parse Chinese complaint', () => {
    parse({ text: '胸口压榨样疼痛30分钟，向左臂放射，出冷汗' });
  });
  bench('offline red-flag screen (Chinese)', () => {
    screenText('从早上开始心慌，现在胸口发紧、喘不上气');
  });
  bench('whole interview (parse findings, replay every step)', () => {
    runVignette(gout, 'en');
  });
});
