import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../../platform/localize/index';
import { type Notice, noticeView } from '../../platform/view/notice';
import type { SymptomCheckerMessages } from '../messages/index';
import { emergencyView, type FlagName } from './emergency-view';

/** What the complaint step shows. */
export interface EntryInput {
  m: SymptomCheckerMessages;
  locale: Locale;
  /** "For: 70 years, female", from the patient record; absent until read. */
  about: string | undefined;
  /** Red flags the offline screen found in what is typed so far. */
  flags: readonly FlagName[];
  notice: Notice | undefined;
  busy: boolean;
  onInput: (text: string) => void;
  onSubmit: (event: SubmitEvent) => void;
}

/** The complaint form, with the offline emergency advice above it as soon as a red flag shows. */
export function entryView(input: EntryInput): TemplateResult {
  const { m } = input;
  return html`${input.flags.length ? emergencyView(m, input.locale, input.flags) : nothing}
    <form part="complaint-form" class="complaint" @submit=${input.onSubmit}>
      ${input.about ? html`<p part="about" class="about">${input.about}</p>` : nothing}
      <label for="complaint">${m.complaintLabel}</label>
      <p id="complaint-hint" class="hint">${m.complaintHint}</p>
      <textarea
        id="complaint"
        part="input"
        rows="3"
        maxlength="2000"
        required
        aria-describedby="complaint-hint"
        @input=${(event: InputEvent) => input.onInput((event.target as HTMLTextAreaElement).value)}
      ></textarea>
      ${input.notice ? noticeView(input.notice) : nothing}
      <button part="button" class="button primary" type="submit" ?disabled=${input.busy}>
        ${input.busy ? m.starting : m.start}
      </button>
    </form>`;
}
