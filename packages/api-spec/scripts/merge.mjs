// Merges the contract's root document with its domain files (pure: no I/O), and collects the
// sensitive keys. Used by generate.mjs; tested in src/merge.test.ts.

const COMPONENT_SECTIONS = [
  'schemas',
  'responses',
  'parameters',
  'headers',
  'requestBodies',
  'examples',
  'securitySchemes',
];

function addEntries(target, entries, where) {
  for (const [key, value] of Object.entries(entries ?? {})) {
    if (key in target) throw new Error(`${where}: "${key}" is defined twice`);
    target[key] = value;
  }
}

/**
 * One OpenAPI document from the root and its domains, in `x-domains` order. A domain file has
 * `tags`, `paths`, `webhooks`, `components` and two registrations of its own: `x-scopes` (OAuth
 * scope → description, added to the `oauth2` scheme and the `Scope` enum) and `x-events` (added to
 * the `EventType` enum). A name defined twice is an error, never an override.
 */
export function mergeDomains(root, domains) {
  const { 'x-domains': order = [], ...rest } = root;
  const doc = structuredClone(rest);
  doc.tags = [...(doc.tags ?? [])];
  doc.paths = { ...(doc.paths ?? {}) };
  doc.webhooks = { ...(doc.webhooks ?? {}) };
  doc.components ??= {};
  doc.components.schemas ??= {};
  const { schemas } = doc.components;
  const scopes = doc.components.securitySchemes?.oauth2?.flows?.clientCredentials?.scopes;
  for (const name of order) {
    const domain = domains[name];
    if (!domain) throw new Error(`x-domains lists "${name}" but there is no domains/${name}.yaml`);
    const unknown = Object.keys(domain).filter(
      (key) => !['tags', 'paths', 'webhooks', 'components', 'x-scopes', 'x-events'].includes(key),
    );
    if (unknown.length > 0)
      throw new Error(`domains/${name}.yaml: unknown keys ${unknown.join(', ')}`);
    doc.tags.push(...(domain.tags ?? []));
    addEntries(doc.paths, domain.paths, `domains/${name}.yaml paths`);
    addEntries(doc.webhooks, domain.webhooks, `domains/${name}.yaml webhooks`);
    for (const [section, entries] of Object.entries(domain.components ?? {})) {
      if (!COMPONENT_SECTIONS.includes(section))
        throw new Error(`domains/${name}.yaml: unknown components section "${section}"`);
      doc.components[section] ??= {};
      addEntries(doc.components[section], entries, `domains/${name}.yaml ${section}`);
    }
    for (const [scope, description] of Object.entries(domain['x-scopes'] ?? {})) {
      if (!scopes || !schemas.Scope)
        throw new Error('the root must declare oauth2 scopes and Scope');
      addEntries(scopes, { [scope]: description }, 'oauth2 scopes');
      schemas.Scope.enum.push(scope);
    }
    for (const event of domain['x-events'] ?? []) {
      if (!schemas.EventType) throw new Error('the root must declare EventType');
      if (schemas.EventType.enum.includes(event))
        throw new Error(`event "${event}" is defined twice`);
      schemas.EventType.enum.push(event);
    }
  }
  if (Object.keys(doc.webhooks).length === 0) delete doc.webhooks;
  return doc;
}

/**
 * Every property name marked `x-sensitive: true` anywhere in the document, plus the root's
 * `x-sensitive-fields`; sorted, without duplicates.
 */
export function sensitiveFields(doc) {
  const names = new Set(doc['x-sensitive-fields'] ?? []);
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    if (node.properties && typeof node.properties === 'object') {
      for (const [key, schema] of Object.entries(node.properties))
        if (schema && schema['x-sensitive'] === true) names.add(key);
    }
    for (const value of Object.values(node)) visit(value);
  };
  visit(doc);
  return [...names].sort();
}
