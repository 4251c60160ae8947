import { it } from 'vitest';
import { CONCEPTS } from './knowledge/concepts';
import { ConceptMatcher } from './text/matcher';
it('x', () => {
  const m = new ConceptMatcher(CONCEPTS) as unknown as { en: { id: string; tokens: string[] }[]; fix: (t: string) => string };
  console.log(m.en.filter((p) => p.id === 'heavy_bleeding').map((p) => p.tokens.join('+')).join(' / '));
  console.log(m.fix('heavy'), m.fix('bleeding'));
});
