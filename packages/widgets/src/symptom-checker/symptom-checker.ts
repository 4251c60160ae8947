import { html, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Announcer } from '../platform/controllers/announcer';
import { ApiController, type CallState } from '../platform/controllers/api-controller';
import { PrefetchController } from '../platform/controllers/lazy-chunk';
import { ApothecaElement } from '../platform/element/apotheca-element';
import { messagesFor } from '../platform/localize/index';
import type { Notice } from '../platform/view/notice';
import type { Consultation, Patient, SymptomApi, TriageInterview } from './api/symptom-api';
import { symptomCalls } from './api/symptom-calls';
import { redFlagKit, symptomKit } from './kit/load-kit';
import { type SymptomCheckerMessages, symptomCheckerMessages } from './messages/index';
import type { DoctorOption, SymptomCheckerView } from './states';
import { symptomCheckerStyles } from './symptom-checker.styles';
import type { FlagName } from './view/emergency-view';
import { entryView } from './view/entry-view';
import { type Answer, questionView } from './view/question-view';
import { resultView } from './view/result-view';

/** Whole years (or months under two) between a birth date and `now`, on the calendar. */
function ageOf(birthDate: string, now: Date): { months: number } {
  const [y = 0, mo = 1, d = 1] = birthDate.split('-').map(Number);
  let months = (now.getFullYear() - y) * 12 + (now.getMonth() + 1 - mo);
  if (now.getDate() < d) months -= 1;
  return { months: Math.max(0, months) };
}

/**
 * Symptom triage for a patient: a free-text complaint in English or Chinese (screened offline for
 * red flags as it is typed), follow-up questions, and a result with urgency, advice, departments
 * and the soonest doctors, with booking. Triage support, not a diagnosis.
 *
 * @summary Symptom checker (triage interview, result, booking).
 *
 * @fires apotheca-triage-completed - The interview has its result: `{ interview_id, level, department }`.
 * @fires apotheca-consultation-booked - A consultation was booked: `{ consultation_id }`.
 * @fires apotheca-book-requested - `booking="event"`: the patient picked a slot for the portal to book: `{ interview_id, doctor_id, slot_start }`.
 * @fires apotheca-error - Something failed: `{ operation, kind, code, status?, requestId? }`.
 * @fires apotheca-session-expired - No usable session token: `{ reason }`.
 *
 * @csspart base - The widget's outer container.
 * @csspart emergency - The emergency advice (call 120).
 * @csspart complaint-form - The complaint form.
 * @csspart question - A question step.
 * @csspart progress - The question counter.
 * @csspart rationale - "Why are we asking?".
 * @csspart result - The triage result.
 * @csspart level - The level (icon and words).
 * @csspart doctors - The soonest doctors.
 * @csspart button - Every button.
 */
export class ApothecaSymptomChecker extends ApothecaElement {
  /** The shared widget styles, then the symptom checker's own. */
  static override styles = [...ApothecaElement.styles, symptomCheckerStyles];

  /** The session's patient (`pat_…`): age and sex come from the record. */
  @property({ attribute: 'patient-id' }) patientId: string | undefined;

  /** The patient's IANA time zone, for slot times (default `Asia/Shanghai`). */
  @property({ attribute: 'time-zone' }) timeZone = 'Asia/Shanghai';

  /** `create` books itself (needs `consultations:write`); `event` (default) asks the portal to. */
  @property() booking: 'create' | 'event' = 'event';

  /** The clock for the patient's age (tests inject one). */
  @property({ attribute: false }) now: () => Date = () => new Date();

  @state() private view: SymptomCheckerView = { name: 'entry' };
  @state() private flags: readonly FlagName[] = [];
  @state() private notice: Notice | undefined;
  @state() private bookingState: CallState<Consultation | 'requested'> = { status: 'idle' };

  #complaint = '';
  #history: TriageInterview[] = [];
  readonly #announcer = new Announcer(this);
  readonly #api = new ApiController<SymptomApi>(
    this,
    async () => (await symptomKit.load()).createSymptomApi,
  );
  readonly #calls = symptomCalls(this.#api, () => ({
    patientId: this.patientId,
    locale: this.currentLocale,
    timeZone: this.timeZone,
  }));

  private get m(): SymptomCheckerMessages {
    return messagesFor(symptomCheckerMessages, this.currentLocale);
  }

  constructor() {
    super();
    new PrefetchController(this, redFlagKit);
    new PrefetchController(this, symptomKit);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The screen must be ready before the first keystroke: load it now, not on first contact.
    void redFlagKit.load().catch(() => undefined);
    if (this.patientId)
      void this.#calls.patient.run(this.patientId).then(() => this.requestUpdate());
  }

  #about(): string | undefined {
    const state = this.#calls.patient.state;
    if (state.status !== 'complete') return undefined;
    const patient: Patient = state.value;
    const m = this.m;
    const { months } = ageOf(patient.birth_date, this.now());
    const age = months < 24 ? m.months(months) : m.years(Math.floor(months / 12));
    return m.aboutYou(age, m.sex[patient.sex ?? 'unknown'] ?? m.sex.unknown ?? '');
  }

  /** Screens what is typed, offline; a new red flag is announced at once. */
  async #onInput(text: string): Promise<void> {
    this.#complaint = text;
    const { screenText } = await redFlagKit.load();
    const patient = this.#calls.patient.state;
    const screen: { ageMonths?: number; sex?: 'female' | 'male' } = {};
    if (patient.status === 'complete') {
      screen.ageMonths = ageOf(patient.value.birth_date, this.now()).months;
      const sex = patient.value.sex;
      if (sex === 'female' || sex === 'male') screen.sex = sex;
    }
    const flags = screenText(text, screen).flags;
    if (this.#complaint !== text) return; // typed on meanwhile
    if (flags.length && !this.flags.length) this.#announcer.announce(this.m.emergencyTitle);
    this.flags = flags;
  }

  async #start(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const complaint = this.#complaint.trim();
    if (!complaint) return;
    this.notice = undefined;
    this.view = { name: 'starting' };
    const kit = await symptomKit.load().catch(() => undefined);
    const result = kit
      ? await this.#calls.start.run(complaint, kit.newIdempotencyKey())
      : await this.#calls.start.run(complaint, `${Date.now()}`);
    if (result.status === 'error') {
      this.view = { name: 'entry' };
      this.notice = { tone: 'danger', text: result.message };
      this.#announcer.announce(result.message);
      return;
    }
    if (result.status === 'complete') await this.#show(result.value);
  }

  async #show(interview: TriageInterview): Promise<void> {
    if (interview.status === 'in_progress' && interview.question) {
      this.#history = [...this.#history.filter((i) => i.step < interview.step), interview];
      this.view = { name: 'question', interview };
      this.#announcer.announce(this.m.progress(interview.step));
      await this.#announcer.focus('#question-heading');
      return;
    }
    const result = interview.result;
    if (!result) return;
    const top = result.departments[0]?.department ?? null;
    this.view = { name: 'result', interview, doctors: undefined };
    this.emit('apotheca-triage-completed', {
      interview_id: interview.id,
      level: result.level,
      department: top,
    });
    this.#announcer.announce(this.m.completed);
    await this.#announcer.focus('#result-heading');
    if (result.level === 'emergency' || !top) return;
    const doctors = await this.#calls.doctors.run(top);
    const view = this.view;
    if (view.name === 'result' && view.interview.id === interview.id)
      this.view = { ...view, doctors: doctors.status === 'complete' ? doctors.value : [] };
  }

  async #answer(interview: TriageInterview, answers: Answer[]): Promise<void> {
    this.notice = undefined;
    this.view = { name: 'answering', interview };
    const result = await this.#calls.answer.run(interview.id, interview.step, answers);
    if (result.status === 'error') {
      this.view = { name: 'question', interview };
      this.notice = { tone: 'danger', text: result.message };
      return;
    }
    if (result.status === 'complete') await this.#show(result.value);
  }

  async #back(interview: TriageInterview): Promise<void> {
    const previous = this.#history.filter((i) => i.step < interview.step).at(-1);
    if (!previous) return;
    this.notice = undefined;
    this.view = { name: 'question', interview: previous };
    await this.#announcer.focus('#question-heading');
  }

  async #book(option: DoctorOption, interview: TriageInterview): Promise<void> {
    if (this.booking !== 'create' || !this.patientId) {
      this.emit('apotheca-book-requested', {
        interview_id: interview.id,
        doctor_id: option.doctor.id,
        slot_start: option.slot.start,
      });
      this.bookingState = { status: 'complete', value: 'requested' };
      await this.#announcer.focus('#booked');
      return;
    }
    const kit = await symptomKit.load();
    const reason = this.#complaint.trim().slice(0, 2000);
    this.bookingState = { status: 'pending' };
    const result = await this.#calls.book.run(
      option,
      interview.id,
      reason,
      kit.newIdempotencyKey(),
    );
    this.bookingState = result;
    if (result.status !== 'complete') return;
    this.emit('apotheca-consultation-booked', { consultation_id: result.value.id });
    await this.#announcer.focus('#booked');
  }

  #startOver(): void {
    this.#history = [];
    this.#complaint = '';
    this.flags = [];
    this.bookingState = { status: 'idle' };
    this.notice = undefined;
    this.view = { name: 'entry' };
  }

  override render(): TemplateResult {
    const m = this.m;
    const locale = this.currentLocale;
    const view = this.view;
    let body: TemplateResult;
    if (view.name === 'entry' || view.name === 'starting') {
      body = entryView({
        m,
        locale,
        about: this.#about(),
        flags: this.flags,
        notice: this.notice,
        busy: view.name === 'starting',
        onInput: (text) => void this.#onInput(text),
        onSubmit: (event) => void this.#start(event),
      });
    } else if (view.name === 'question' || view.name === 'answering') {
      const { interview } = view;
      const question = interview.question;
      body = question
        ? questionView({
            m,
            locale,
            step: interview.step,
            question,
            busy: view.name === 'answering',
            notice: this.notice,
            onSubmit: (answers) => void this.#answer(interview, answers),
            onBack: interview.step > 1 ? () => void this.#back(interview) : undefined,
          })
        : html``;
    } else {
      const { interview } = view;
      body = html`${
        interview.result
          ? resultView({
              m,
              locale,
              result: interview.result,
              doctors: view.doctors,
              timeZone: this.timeZone,
              booking: this.bookingState,
              onBook: (option) => void this.#book(option, interview),
            })
          : html``
      }
        <div class="actions">
          <button part="button" class="button" type="button" @click=${this.#startOver}>
            ${m.startOver}
          </button>
        </div>`;
    }
    return html`<section part="base" class="base" lang=${locale} aria-labelledby="title">
      <header>
        <h2 id="title">${m.title}</h2>
        <p class="hint">${m.intro}</p>
      </header>
      ${body} ${this.#announcer.render()}
    </section>`;
  }
}
