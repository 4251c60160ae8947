import { html, type TemplateResult } from 'lit';
import type { PrescriptionUploadMessages } from '../messages/index';

/** Where the patient is: check (1), send (2), review (3); an ordered list with the current step. */
export function stepsView(m: PrescriptionUploadMessages, current: 1 | 2 | 3): TemplateResult {
  return html`<ol part="steps" class="steps" aria-label=${m.stepOf(current, m.steps.length)}>
    ${m.steps.map(
      (label, i) => html`<li class=${i + 1 < current ? 'done' : i + 1 === current ? 'current' : ''}
        aria-current=${i + 1 === current ? 'step' : 'false'}>${label}</li>`,
    )}
  </ol>`;
}
