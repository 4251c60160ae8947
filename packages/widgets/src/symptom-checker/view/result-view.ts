import { html, nothing, type TemplateResult } from 'lit';
import type { CallState } from '../../platform/controllers/api-controller';
import { checkIcon, infoIcon, warningIcon } from '../../platform/icons/icons';
import type { Locale } from '../../platform/localize/index';
import type { Consultation, TriageLevel, TriageResult } from '../api/symptom-api';
import type { SymptomCheckerMessages } from '../messages/index';
import type { DoctorOption } from '../states';
import { emergencyView } from './emergency-view';
import { formatInZone } from './format';

/** What the result step shows. */
export interface ResultInput {
  m: SymptomCheckerMessages;
  locale: Locale;
  result: TriageResult;
  /** The soonest doctors of the top department; `undefined` while they load. */
  doctors: DoctorOption[] | undefined;
  timeZone: string;
  booking: CallState<Consultation | 'requested'>;
  onBook: (option: DoctorOption) => void;
}

const LOOK: Record<Exclude<TriageLevel, 'emergency'>, { tone: string; icon: unknown }> = {
  consult_24h: { tone: 'warning', icon: warningIcon },
  consult: { tone: 'info', icon: infoIcon },
  self_care: { tone: 'success', icon: checkIcon },
};

function doctorsView(input: ResultInput): TemplateResult {
  const { m, locale, doctors, booking, timeZone } = input;
  if (!doctors) return html`<p class="hint">${m.checking}</p>`;
  if (doctors.length === 0) return html`<p class="hint">${m.noDoctors}</p>`;
  if (booking.status === 'complete') {
    const value = booking.value;
    return html`<p part="booked" id="booked" tabindex="-1" class="tone-success">
      ${
        value === 'requested'
          ? m.bookRequested
          : m.booked(m.slotAt(formatInZone(locale, value.scheduled_at ?? '', timeZone), timeZone))
      }
    </p>`;
  }
  return html`<h4>${m.soonest}</h4>
    <ul part="doctors" class="doctors">
      ${doctors.map(
        (option) => html`<li part="doctor">
          <span>${option.doctor.name[locale]} · ${option.doctor.title[locale]}</span>
          <span>${m.slotAt(formatInZone(locale, option.slot.start, timeZone), timeZone)}</span>
          <button
            part="button"
            class="button"
            type="button"
            ?disabled=${booking.status === 'pending'}
            @click=${() => input.onBook(option)}
          >
            ${booking.status === 'pending' ? m.booking : m.book}
          </button>
        </li>`,
      )}
    </ul>
    ${booking.status === 'error' ? html`<p class="tone-danger" role="alert">${booking.message}</p>` : nothing}`;
}

/**
 * The triage result: the level as icon and words, advice, red flags, tests, departments with the
 * soonest doctors, and the not-a-diagnosis wording. An emergency shows the emergency actions only.
 */
export function resultView(input: ResultInput): TemplateResult {
  const { m, locale, result } = input;
  if (result.level === 'emergency') {
    return emergencyView(
      m,
      locale,
      result.red_flags.map((flag) => ({ id: flag.id, name: flag.name })),
      'result-heading',
    );
  }
  const look = LOOK[result.level];
  const top = result.departments[0];
  return html`<article part="result" class="result">
    <h3 id="result-heading" tabindex="-1" part="level" class="level tone-${look.tone}">
      ${look.icon}<span>${m.level[result.level]}</span>
    </h3>
    <h4>${m.advice}</h4>
    <p>${result.advice[locale]}</p>
    ${
      result.red_flags.length
        ? html`<h4>${m.redFlags}</h4>
          <ul>
            ${result.red_flags.map((flag) => html`<li>${flag.name[locale]}</li>`)}
          </ul>`
        : nothing
    }
    ${
      result.recommended_tests.length
        ? html`<h4>${m.tests}</h4>
          <ul part="tests">
            ${result.recommended_tests.map((test) => html`<li>${test.name[locale]}</li>`)}
          </ul>`
        : nothing
    }
    ${
      top
        ? html`<h4>${m.departments}</h4>
          <ol part="departments">
            ${result.departments.map(
              (d) => html`<li>
                <strong>${m.department[d.department]}</strong>: ${d.reason[locale]}
              </li>`,
            )}
          </ol>
          ${doctorsView(input)}`
        : nothing
    }
    <p part="disclaimer" class="hint">${result.disclaimer[locale]}</p>
  </article>`;
}
