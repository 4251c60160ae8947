import manifest from '@apotheca/widgets/custom-elements.json';

/** A custom element's entry in `@apotheca/widgets`' custom-elements.json. */
export interface ElementDeclaration {
  tagName: string;
  name: string;
  events?: Array<{ name: string }>;
  members?: Array<{
    kind: string;
    name: string;
    static?: boolean;
    privacy?: string;
    readonly?: boolean;
    inheritedFrom?: unknown;
    type?: { text: string };
    default?: string;
  }>;
}

const declarations = (
  manifest as { modules: Array<{ declarations?: ElementDeclaration[] }> }
).modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName);

/** The manifest's declaration of `tag`. */
export function declarationOf(tag: string): ElementDeclaration {
  const declaration = declarations.find((candidate) => candidate.tagName === tag);
  if (!declaration) throw new Error(`custom-elements.json has no <${tag}>`);
  return declaration;
}

/** Every `apotheca-*` event the element documents. */
export function eventsOf(tag: string): string[] {
  return (declarationOf(tag).events ?? [])
    .map((event) => event.name)
    .filter((name) => name.startsWith('apotheca-'));
}

/**
 * A value for each of the widget's own public, writable properties, chosen from its declared
 * type (a literal other than the default, a string, or a function), so a test can see each one
 * arrive on the element.
 */
export function sampleProps(tag: string): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const member of declarationOf(tag).members ?? []) {
    if (member.kind !== 'field' || member.static || member.privacy || member.readonly) continue;
    if (member.inheritedFrom) continue;
    const type = member.type?.text ?? '';
    const literals = [...type.matchAll(/'([^']*)'/g)].map((match) => match[1]!);
    if (type.includes('=>')) props[member.name] = () => new Date(Date.UTC(2026, 0, 2));
    else if (literals.length > 0)
      props[member.name] = literals.find((literal) => `'${literal}'` !== member.default);
    else if (type.includes('string')) props[member.name] = `sample-${member.name}`;
    else if (type.includes('number')) props[member.name] = 42;
    else if (type.includes('boolean')) props[member.name] = true;
  }
  return props;
}
