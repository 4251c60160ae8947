import { it } from 'vitest';
import { startInterview, answerSession, createSession, interviewState } from './engine';
const cases: [number, 'male' | 'female', string][] = [
  [45, 'male', 'i have a really bad tummy ache and keep throwing up'],
  [30, 'female', '肚子疼，拉肚子，一天拉了五六次'],
  [65, 'male', 'my chest hurts'],
  [25, 'female', '我头好疼，还发烧，脖子硬'],
  [40, 'male', 'numbness in my feet for months, I am diabetic'],
  [3, 'male', '孩子发烧39度，精神还行'],
  [70, 'female', '最近老是忘事，找不到东西'],
  [35, 'male', 'rash on my arm that itches'],
  [50, 'female', '乳房摸到一个硬块'],
  [28, 'male', 'coughing and sneezing, feel rough'],
  [60, 'male', 'blood in my pee but no pain'],
  [33, 'female', 'I feel very anxious and my heart races when I go out'],
  [22, 'female', '嗓子疼得咽不下口水，流口水'],
  [78, 'male', '喘不上气，嘴唇发紫'],
  [45, 'female', 'pain in my shoulder for weeks, cannot lift arm above head'],
  [55, 'male', '血压180/120，头痛'],
  [19, 'male', 'I cut my hand with a knife and it will not stop bleeding'],
  [2, 'female', 'baby is floppy and not feeding'],
  [30, 'male', 'hay fevr with a runy nose'],
  [66, 'female', '腰疼，还两条腿没劲'],
];
it('probe', () => {
  for (const [age, sex, complaint] of cases) {
    let session = createSession({ age: { value: age, unit: 'year' }, sex, complaint });
    let s = interviewState(session);
    const asked: string[] = [];
    while (s.status === 'in_progress') {
      asked.push(s.question!.items.map((i) => i.id).join(','));
      session = answerSession(session, { step: s.step, answers: s.question!.items.map((i) => ({ id: i.id, choice: 'absent' })) });
      s = interviewState(session);
    }
    console.log(`${complaint} -> ${s.result!.level} ${s.result!.departments.map((d) => d.department).join('>')} [${s.evidence.filter((e) => e.source === 'complaint').map((e) => e.id + ':' + e.choice[0]).join(' ')}] q=${asked.length}`);
  }
});
