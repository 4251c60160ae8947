import axe from 'axe-core';

/**
 * Runs axe on `element` (shadow DOM included) and returns the violations as readable strings, so
 * a failing assertion says what is wrong and where.
 */
export async function axeViolations(element: Element): Promise<string[]> {
  const results = await axe.run(element, {
    resultTypes: ['violations'],
    runOnly: {
      type: 'tag',
      values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
    },
    rules: {
      // A widget is a fragment of someone else's page: page-level landmark rules do not apply.
      region: { enabled: false },
      'landmark-one-main': { enabled: false },
      'page-has-heading-one': { enabled: false },
    },
  });
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}
