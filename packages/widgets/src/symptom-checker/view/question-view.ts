import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { Locale } from '../../platform/localize/index';
import { type Notice, noticeView } from '../../platform/view/notice';
import type { TriageChoice, TriageQuestion } from '../api/symptom-api';
import type { SymptomCheckerMessages } from '../messages/index';

/** One answer as the API takes it. */
export interface Answer {
  id: string;
  choice: TriageChoice;
}

/** What a question step shows. */
export interface QuestionInput {
  m: SymptomCheckerMessages;
  locale: Locale;
  step: number;
  question: TriageQuestion;
  busy: boolean;
  notice: Notice | undefined;
  onSubmit: (answers: Answer[]) => void;
  onBack: (() => void) | undefined;
}

const NONE = '__none__';

/**
 * Reads the form as the API's answers: `single` is the chosen Yes / No / Don't know;
 * `group_single` makes the picked item present and the others absent; `group_multiple` sends
 * every unchecked item as absent.
 */
export function readAnswers(question: TriageQuestion, form: FormData): Answer[] | undefined {
  if (question.type === 'single') {
    const item = question.items[0];
    const choice = item ? form.get(item.id) : null;
    return item && typeof choice === 'string'
      ? [{ id: item.id, choice: choice as TriageChoice }]
      : undefined;
  }
  if (question.type === 'group_single') {
    const picked = form.get('pick');
    if (typeof picked !== 'string') return undefined;
    return question.items.map((item) => ({
      id: item.id,
      choice: item.id === picked ? 'present' : 'absent',
    }));
  }
  const checked = new Set(form.getAll('items'));
  return question.items.map((item) => ({
    id: item.id,
    choice: checked.has(item.id) ? 'present' : 'absent',
  }));
}

function choices(input: QuestionInput): TemplateResult {
  const { m, locale, question } = input;
  if (question.type === 'single') {
    const item = question.items[0];
    if (!item) return html``;
    return html`${item.choices.map(
      (choice) => html`<label class="option">
        <input type="radio" name=${item.id} value=${choice} required />
        ${m.choice[choice]}
      </label>`,
    )}`;
  }
  if (question.type === 'group_single') {
    return html`${question.items.map(
      (item) => html`<label class="option">
        <input type="radio" name="pick" value=${item.id} required />
        ${item.name[locale]}
      </label>`,
    )}
      <label class="option">
        <input type="radio" name="pick" value=${NONE} required />
        ${m.noneOfThese}
      </label>`;
  }
  return html`${question.items.map(
    (item) => html`<label class="option">
      <input type="checkbox" name="items" value=${item.id} />
      ${item.name[locale]}
    </label>`,
  )}`;
}

/**
 * A question as a fieldset with its legend, the rationale, progress, Back and Next. Keyed by step:
 * each question gets fresh inputs, so a box ticked for one question is never carried into the next.
 */
export function questionView(input: QuestionInput): TemplateResult {
  return keyed(`${input.step} ${input.question.id}`, questionForm(input)) as TemplateResult;
}

function questionForm(input: QuestionInput): TemplateResult {
  const { m, locale, question } = input;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const answers = readAnswers(question, new FormData(event.target as HTMLFormElement));
    if (answers) input.onSubmit(answers);
  };
  const single = question.type === 'single' ? question.items[0] : undefined;
  return html`<form part="question" class="question" @submit=${submit}>
    <p part="progress" class="progress" id="progress">${m.progress(input.step)}</p>
    <fieldset ?disabled=${input.busy} aria-describedby="progress">
      <legend id="question-heading" tabindex="-1">
        ${question.text[locale]}${single ? html` <strong>${single.name[locale]}</strong>` : nothing}
      </legend>
      ${choices(input)}
    </fieldset>
    <details part="rationale" class="rationale">
      <summary>${m.why}</summary>
      <p>${question.rationale[locale]}</p>
    </details>
    ${input.notice ? noticeView(input.notice) : nothing}
    <div class="actions">
      ${
        input.onBack
          ? html`<button part="button" class="button" type="button" ?disabled=${input.busy} @click=${input.onBack}>
            ${m.back}
          </button>`
          : nothing
      }
      <button part="button" class="button primary" type="submit" ?disabled=${input.busy}>
        ${input.busy ? m.checking : m.next}
      </button>
    </div>
  </form>`;
}
