import { describe, expect, it } from 'vitest';
import { platformMessages } from '../../platform/localize/messages/index';
import { traceVerifierMessages } from './index';

type Tree = Record<string, unknown>;

/** Every leaf path of a catalogue with its value, functions called with sample arguments. */
function leaves(tree: Tree, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]): Array<[string, string]> => {
    const path = `${prefix}${key}`;
    if (typeof value === 'function') return [[path, String(value('X', 'Y'))]];
    if (Array.isArray(value)) return value.map((item, index) => [`${path}.${index}`, String(item)]);
    if (typeof value === 'object' && value !== null) return leaves(value as Tree, `${path}.`);
    return [[path, String(value)]];
  });
}

describe('message catalogues', () => {
  for (const [name, catalogues] of Object.entries({
    platform: platformMessages,
    'trace verifier': traceVerifierMessages,
  })) {
    it(`${name}: both locales have the same messages, none empty, none left in English`, () => {
      const en = leaves(catalogues.en as unknown as Tree);
      const zh = leaves(catalogues['zh-CN'] as unknown as Tree);
      expect(zh.map(([path]) => path)).toEqual(en.map(([path]) => path));
      for (const [path, text] of [...en, ...zh]) expect(text.trim(), path).not.toBe('');
      const untranslated = zh.filter(([path, text]) => en.find(([p]) => p === path)?.[1] === text);
      expect(untranslated).toEqual([]);
    });
  }
});
