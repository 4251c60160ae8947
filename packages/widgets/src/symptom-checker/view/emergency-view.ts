import { html, nothing, type TemplateResult } from 'lit';
import { dangerIcon } from '../../platform/icons/icons';
import type { Locale } from '../../platform/localize/index';
import type { SymptomCheckerMessages } from '../messages/index';

/** A red flag's name in both languages. */
export interface FlagName {
  id: string;
  name: { en: string; 'zh-CN': string };
}

/**
 * The emergency advice, alone: call 120 or go to the emergency department. Shown from the offline
 * screen while typing and for an emergency result; nothing else competes with it.
 */
export function emergencyView(
  m: SymptomCheckerMessages,
  locale: Locale,
  flags: readonly FlagName[],
  headingId = 'emergency-heading',
): TemplateResult {
  return html`<div part="emergency" class="emergency tone-danger" role="alert">
    ${dangerIcon}
    <div>
      <h3 id=${headingId} tabindex="-1">${m.emergencyTitle}</h3>
      <p>${m.emergencyAdvice}</p>
      ${
        flags.length
          ? html`<p>${m.emergencyFlags}</p>
            <ul>
              ${flags.map((flag) => html`<li>${flag.name[locale]}</li>`)}
            </ul>`
          : nothing
      }
      <a part="button" class="button call" href="tel:120">${m.call120}</a>
    </div>
  </div>`;
}
