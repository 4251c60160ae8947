import type { Clock } from '@apotheca/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Announcer } from '../platform/controllers/announcer';
import { ApiController } from '../platform/controllers/api-controller';
import { PrefetchController } from '../platform/controllers/lazy-chunk';
import { ApothecaElement } from '../platform/element/apotheca-element';
import { messagesFor } from '../platform/localize/index';
import { type Notice, noticeView } from '../platform/view/notice';
import type { Claim, ClaimApi, ClaimIssue } from './api/claim-api';
import { claimCalls } from './api/claim-calls';
import { claimFormStyles } from './claim-form.styles';
import {
  type ClaimFormDraft,
  type DraftItem,
  emptyDraft,
  type FieldError,
  fieldErrors,
  fingerprint,
  parseDraft,
  STEPS,
  type StepName,
  toClaimParams,
  toMinorUnits,
} from './draft';
import { claimKit, lookupKit } from './kit/load-kit';
import { Lookups } from './lookups';
import { type ClaimFormMessages, claimFormMessages } from './messages/index';
import { PhotoUploads } from './photo-uploads';
import type { ClaimFormView } from './states';
import { realClock, SubmitOnce } from './submit-once';
import { stepBody } from './view/step-view';
import { trackerView } from './view/tracker-view';
import type { ProviderOption } from './view/visit-view';

/** One problem that stopped a submission: a stable code, where, and the widget's own sentence. */
export interface ClaimFormError {
  code: string;
  /** The field id (device checks) or the JSON pointer into the claim (server checks). */
  path: string;
  message: string;
}

/** What `submit()` resolves with: the claim, or why there is none (never both). */
export type ClaimSubmitResult =
  | { ok: true; claim: Claim }
  | { ok: false; errors: ClaimFormError[] };

/** How long the estimate waits after the last change (on the injected clock). */
const ESTIMATE_DEBOUNCE_MS = 600;

/**
 * An insurance claim, step by step: policy (prefilled, coverage checked), visit, invoice photos
 * (checked on the device), items (catalogue lookup in both languages, superseded codes fixed
 * inline), ICD-10 diagnoses, a live estimate, review, one submission, then the status through to
 * paid. Form-associated: inside a `<form>` it has a value, validity, reset, disabled and restore;
 * alone, `await form.submit()` returns the claim or the errors.
 *
 * @summary Insurance claim form (form-associated).
 *
 * @fires apotheca-claim-submitted - The claim was created: `{ claim_id }`.
 * @fires apotheca-claim-status - The tracker saw a (new) status: `{ claim_id, status }`.
 * @fires apotheca-error - Something failed: `{ operation, kind, code, status?, requestId? }`.
 * @fires apotheca-session-expired - No usable session token: `{ reason }`.
 *
 * @csspart base - The widget's outer container.
 * @csspart step - The current step.
 * @csspart input - Every field.
 * @csspart coverage - The coverage summary.
 * @csspart photos - The photo list; `photo` each photo.
 * @csspart items - The item list; `item` each item.
 * @csspart diagnoses - The chosen diagnoses.
 * @csspart estimate - The live estimate.
 * @csspart review - The review list.
 * @csspart tracker - The status tracker; `status` the current status.
 * @csspart notice - Errors.
 * @csspart button - Every button.
 */
export class ApothecaClaimForm extends ApothecaElement {
  static override styles = [...ApothecaElement.styles, claimFormStyles];
  static formAssociated = true;

  /** The session's patient (`pat_…`). */
  @property({ attribute: 'patient-id' }) patientId: string | undefined;
  /** The patient's policy (`pol_…`), prefilled in the first step. */
  @property({ attribute: 'policy-id' }) policyId: string | undefined;
  /** The hospitals the patient can choose (a portal passes its own one). */
  @property({ attribute: false }) providers: readonly ProviderOption[] = [];
  /** The clock for "today" and the estimate's debounce (tests inject a manual one). */
  @property({ attribute: false }) clock: Clock | undefined;

  @state() private view: ClaimFormView = { name: 'step', step: 'policy' };
  @state() private draft: ClaimFormDraft = emptyDraft();
  @state() private errors: FieldError[] = [];
  @state() private issues: ClaimIssue[] = [];
  @state() private notice: Notice | undefined;
  @state() private disabled = false;

  readonly #internals = this.attachInternals();
  readonly #announcer = new Announcer(this);
  readonly #api = new ApiController<ClaimApi>(
    this,
    async () => (await claimKit.load()).createClaimApi,
  );
  readonly #calls = claimCalls(this.#api);
  readonly #photos = new PhotoUploads(this, this.#calls.upload, () => this.#syncAttachments());
  readonly #lookups = new Lookups(this, this.#calls.medications);
  readonly #once = new SubmitOnce<ClaimSubmitResult>();
  #claim: Claim | undefined;
  #cancelEstimate: (() => void) | undefined;

  constructor() {
    super();
    new PrefetchController(this, claimKit);
    new PrefetchController(this, lookupKit);
  }

  private get m(): ClaimFormMessages {
    return messagesFor(claimFormMessages, this.currentLocale);
  }

  get #clock(): Clock {
    return this.clock ?? realClock;
  }

  /** Today in the patient's calendar (`YYYY-MM-DD`). */
  get #today(): string {
    return new Date(this.#clock.now()).toISOString().slice(0, 10);
  }

  /** The owning form, if any (form-associated custom elements). */
  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }
  /** Like an input's `validity`. */
  get validity(): ValidityState {
    return this.#internals.validity;
  }
  /** The widget's own message, in its locale. */
  get validationMessage(): string {
    return this.#internals.validationMessage;
  }
  /** Like an input's `checkValidity()`: true when the draft can be submitted. */
  checkValidity(): boolean {
    return this.#internals.checkValidity();
  }
  /** Like an input's `reportValidity()`: shows the widget's own message when invalid. */
  reportValidity(): boolean {
    return this.#internals.reportValidity();
  }
  /** The submitted claim, once there is one. */
  get claim(): Claim | undefined {
    return this.#claim;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.draft.policy_id && this.policyId)
      this.draft = { ...this.draft, policy_id: this.policyId };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('policyId') && this.policyId && !this.draft.policy_id)
      this.draft = { ...this.draft, policy_id: this.policyId };
  }

  // After each render, so the validity anchor is the field on screen.
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#syncForm();
  }

  /** Called by the host `<form>` on reset: back to an empty draft at the first step. */
  formResetCallback(): void {
    this.#cancelEstimate?.();
    this.#photos.clear();
    this.#calls.estimate.reset();
    this.#calls.coverage.reset();
    this.#once.reset();
    this.#claim = undefined;
    this.draft = emptyDraft(this.policyId);
    this.errors = [];
    this.issues = [];
    this.notice = undefined;
    this.#lookups.clear();
    this.view = { name: 'step', step: 'policy' };
  }

  /** Called when a `<fieldset disabled>` or the form disables the widget. */
  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled;
  }

  /** Called by the browser to restore the draft after back/forward navigation or autofill. */
  formStateRestoreCallback(saved: unknown): void {
    const draft = parseDraft(saved);
    if (!draft) return;
    this.draft = draft;
    this.#lookups.restore(draft.diagnoses);
  }

  /** Value: the claim id once submitted, else the draft as `POST /v1/claims` takes it; validity: the device checks. */
  #syncForm(): void {
    const state = JSON.stringify(this.draft);
    if (this.#claim) {
      this.#internals.setFormValue(this.#claim.id, state);
      this.#internals.setValidity({});
      return;
    }
    const errors = fieldErrors(this.draft, {
      today: this.#today,
      pendingPhotos: this.#photos.pending,
    });
    this.#internals.setFormValue(
      JSON.stringify(toClaimParams(this.draft, this.patientId ?? '')),
      state,
    );
    const first = errors[0];
    if (!first) {
      this.#internals.setValidity({});
      return;
    }
    const anchor = this.renderRoot?.querySelector<HTMLElement>(`#${first.field}`) ?? undefined;
    this.#internals.setValidity({ customError: true }, this.m.errors[first.code], anchor);
  }

  #update(patch: Partial<ClaimFormDraft>): void {
    this.draft = { ...this.draft, ...patch };
    this.errors = this.errors.filter((e) =>
      fieldErrors(this.draft, { today: this.#today, step: e.step }).some(
        (n) => n.field === e.field,
      ),
    );
    this.#scheduleEstimate();
  }

  #syncAttachments(): void {
    this.draft = { ...this.draft, attachments: this.#photos.fileIds };
  }

  /** Debounced on the clock: a burst of edits makes one estimate request. */
  #scheduleEstimate(): void {
    this.#cancelEstimate?.();
    const { provider, service_date, items, policy_id } = this.draft;
    if (!provider || !service_date || !items.length || !policy_id || !this.patientId) return;
    this.#cancelEstimate = this.#clock.setTimer(() => {
      this.#cancelEstimate = undefined;
      void this.#calls.estimate.run(toClaimParams(this.draft, this.patientId ?? ''));
    }, ESTIMATE_DEBOUNCE_MS);
  }

  async #go(step: StepName, check = true): Promise<void> {
    const current = this.view.name === 'step' ? this.view.step : 'review';
    if (check && STEPS.indexOf(step) > STEPS.indexOf(current)) {
      const errors = fieldErrors(this.draft, {
        today: this.#today,
        pendingPhotos: this.#photos.pending,
        step: current,
      });
      if (errors.length) return this.#showErrors(errors);
    }
    this.errors = [];
    this.view = { name: 'step', step };
    if (step === 'visit' || step === 'policy') void this.#checkCoverage();
    if (step === 'items' || step === 'review') void this.#validate();
    this.#announcer.announce(this.m.steps[step]);
    await this.#announcer.focus('#step-heading');
  }

  async #showErrors(errors: FieldError[]): Promise<void> {
    this.errors = errors;
    const first = errors[0];
    if (!first) return;
    this.view = { name: 'step', step: first.step };
    this.#announcer.announce(this.m.fixErrors(errors.length));
    await this.#announcer.focus(`#${first.field}`);
  }

  async #checkCoverage(): Promise<void> {
    if (!this.patientId || !this.draft.policy_id) return;
    await this.#calls.coverage.run(
      this.patientId,
      this.draft.policy_id,
      this.draft.service_date || this.#today,
      this.draft.provider || undefined,
    );
  }

  async #validate(): Promise<ClaimIssue[]> {
    const result = await this.#calls.validate.run(toClaimParams(this.draft, this.patientId ?? ''));
    this.issues = result.status === 'complete' ? result.value.issues : [];
    return this.issues;
  }

  #items(items: DraftItem[]): void {
    this.#update({ items });
    if (this.view.name === 'step' && this.view.step === 'items') void this.#validate();
  }

  /**
   * Submits the claim exactly once: concurrent calls share one request, a retry after a failure
   * reuses the same `Idempotency-Key` for the same content, and after success it returns the claim.
   *
   * @example
   * ```ts
   * const result = await form.submit();
   * if (result.ok) console.log(result.claim.id); else console.log(result.errors[0]?.message);
   * ```
   */
  submit(): Promise<ClaimSubmitResult> {
    if (this.#claim) return Promise.resolve({ ok: true, claim: this.#claim });
    return this.#once.run(() => this.#submitOnce());
  }

  async #submitOnce(): Promise<ClaimSubmitResult> {
    const m = this.m;
    const local = fieldErrors(this.draft, {
      today: this.#today,
      pendingPhotos: this.#photos.pending,
    });
    if (local.length) {
      await this.#showErrors(local);
      return {
        ok: false,
        errors: local.map((e) => ({ code: e.code, path: e.field, message: m.errors[e.code] })),
      };
    }
    this.notice = undefined;
    this.view = { name: 'submitting' };
    const params = toClaimParams(this.draft, this.patientId ?? '');
    const issues = (await this.#validate()).filter((i) => i.severity === 'error');
    const kit = await claimKit.load();
    if (issues.length) {
      this.view = {
        name: 'step',
        step: issues.some((i) => i.path.startsWith('/items')) ? 'items' : 'review',
      };
      const errors = issues.map((i) => ({
        code: i.code,
        path: i.path,
        message: i.message[this.currentLocale],
      }));
      this.notice = { tone: 'danger', text: m.fixErrors(errors.length) };
      return { ok: false, errors };
    }
    const key = this.#once.keyFor(fingerprint(params), kit.newIdempotencyKey);
    const result = await this.#calls.submit.run(params, key);
    if (result.status !== 'complete') {
      const message = result.status === 'error' ? result.message : m.submitFailed;
      this.view = { name: 'step', step: 'review' };
      this.notice = {
        tone: 'danger',
        text: m.submitFailed,
        detail: message,
        action: { label: m.retry, run: () => void this.submit() },
      };
      await this.#announcer.focus('.notice-action');
      return {
        ok: false,
        errors: [
          { code: result.status === 'error' ? result.problem.code : 'aborted', path: '', message },
        ],
      };
    }
    this.#claim = result.value;
    this.#syncForm();
    this.view = { name: 'tracking', claim: result.value };
    this.emit('apotheca-claim-submitted', { claim_id: result.value.id });
    this.emit('apotheca-claim-status', { claim_id: result.value.id, status: result.value.status });
    this.#announcer.announce(m.submitted(result.value.id));
    await this.#announcer.focus('#tracker-title');
    return { ok: true, claim: result.value };
  }

  /** Reads the claim again; fires `apotheca-claim-status` when its status moved. */
  async refresh(): Promise<Claim | undefined> {
    const claim = this.#claim;
    if (!claim) return undefined;
    const result = await this.#calls.status.run(claim.id);
    if (result.status !== 'complete') return claim;
    this.#claim = result.value;
    this.view = { name: 'tracking', claim: result.value };
    if (result.value.status !== claim.status) {
      this.emit('apotheca-claim-status', { claim_id: claim.id, status: result.value.status });
      this.#announcer.announce(this.m.status[result.value.status]);
    }
    return result.value;
  }

  override render(): TemplateResult {
    const m = this.m;
    const locale = this.currentLocale;
    const view = this.view;
    let body: TemplateResult;
    if (view.name === 'tracking') {
      body = trackerView({
        m,
        locale,
        claim: view.claim,
        busy: this.#calls.status.state.status === 'pending',
        onRefresh: () => void this.refresh(),
      });
    } else {
      const step = view.name === 'step' ? view.step : 'review';
      body = stepBody({
        m,
        locale,
        step,
        disabled: this.disabled,
        busy: view.name === 'submitting',
        draft: this.draft,
        errors: this.errors.filter((e) => e.step === step),
        issues: this.issues,
        providers: this.providers,
        today: this.#today,
        coverage: this.#calls.coverage.state,
        estimate: this.#calls.estimate.state,
        photos: this.#photos.entries,
        matches: this.#lookups.itemMatches,
        query: this.#lookups.query,
        diagnosisMatches: this.#lookups.diagnosisMatches,
        chosenDiagnoses: this.#lookups.chosen,
        notice: this.notice ? noticeView(this.notice) : nothing,
        on: {
          go: (next) => void this.#go(next),
          policy: (policy_id) => {
            this.#update({ policy_id });
            void this.#checkCoverage();
          },
          provider: (provider) => {
            this.#update({ provider });
            void this.#checkCoverage();
          },
          date: (service_date) => {
            this.#update({ service_date });
            void this.#checkCoverage();
          },
          files: (files) => void this.#photos.add(files, this.currentLocale),
          retryPhoto: (photo) => void this.#photos.retry(photo),
          removePhoto: (photo) => this.#photos.remove(photo),
          search: (q) => void this.#lookups.searchItems(q),
          addItem: (item) => this.#items([...this.draft.items, item]),
          changeItem: (i, patch) =>
            this.#items(
              this.draft.items.map((item, n) => (n === i ? { ...item, ...patch } : item)),
            ),
          priceText: (i, text) =>
            this.#items(
              this.draft.items.map((item, n) =>
                n === i ? { ...item, unit_price: toMinorUnits(text) } : item,
              ),
            ),
          removeItem: (i) => this.#items(this.draft.items.filter((_, n) => n !== i)),
          diagnosisQuery: (q) => void this.#lookups.searchDiagnoses(q),
          addDiagnosis: (o) => this.#update({ diagnoses: this.#lookups.choose(o) }),
          removeDiagnosis: (code) => this.#update({ diagnoses: this.#lookups.unchoose(code) }),
          submit: () => void this.submit(),
        },
      });
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
