import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Announcer } from '../platform/controllers/announcer';
import { ApiController } from '../platform/controllers/api-controller';
import { PrefetchController } from '../platform/controllers/lazy-chunk';
import { ApothecaElement } from '../platform/element/apotheca-element';
import { messagesFor } from '../platform/localize/index';
import { photoQualityMessages } from '../platform/photo-quality/messages';
import type { PrescriptionUpload, UploadApi } from './api/upload-api';
import { uploadCalls } from './api/upload-calls';
import { photoKit, uploadKit } from './kit/load-kit';
import { type PrescriptionUploadMessages, prescriptionUploadMessages } from './messages/index';
import { prescriptionUploadStyles } from './prescription-upload.styles';
import type { PickedPhoto, UploadView } from './states';
import { previewView, readyView, retakeView } from './view/photo-view';
import { pickView } from './view/pick-view';
import { historyView, statusView } from './view/status-view';
import { stepsView } from './view/steps-view';

/**
 * A photo of a paper prescription for the pharmacist: take or choose it, checked on the device
 * at once (blurry, too dark or bright, too small, cut off) with specific retake advice, sent with
 * one idempotency key however often it is retried, then the pharmacist's review.
 *
 * @summary Prescription photo upload (on-device check, upload, review status).
 *
 * @fires apotheca-prescription-uploaded - The photo was stored for review: `{ upload_id, status }`.
 * @fires apotheca-upload-reviewed - Check status found the pharmacist's decision: `{ upload_id, status, prescription_id }`.
 * @fires apotheca-photo-retake - A photo was refused, on the device or by the API: `{ checked, issues }`.
 * @fires apotheca-error - Something failed: `{ operation, kind, code, status?, requestId? }`.
 * @fires apotheca-session-expired - No usable session token: `{ reason }`.
 *
 * @csspart base - The widget's outer container.
 * @csspart steps - Check, send, review.
 * @csspart pick - Take or choose a photo.
 * @csspart preview - The photo's thumbnail.
 * @csspart retake - What is wrong with the photo and how to retake it.
 * @csspart send-form - The note and Send.
 * @csspart progress - Sending.
 * @csspart status - The review status.
 * @csspart history - Recent uploads.
 * @csspart notice - An error.
 * @csspart button - Every button (and the photo pickers).
 */
export class ApothecaPrescriptionUpload extends ApothecaElement {
  /** The shared widget styles, then the upload's own. */
  static override styles = [...ApothecaElement.styles, prescriptionUploadStyles];

  /** The session's patient (`pat_…`). */
  @property({ attribute: 'patient-id' }) patientId: string | undefined;

  /** The consultation the paper prescription came from, when known. */
  @property({ attribute: 'consultation-id' }) consultationId: string | undefined;

  @state() private view: UploadView = { name: 'empty' };
  @state() private note = '';

  #key: string | undefined;
  readonly #announcer = new Announcer(this);
  readonly #api = new ApiController<UploadApi>(
    this,
    async () => (await uploadKit.load()).createUploadApi,
  );
  readonly #calls = uploadCalls(this.#api, () => ({
    patientId: this.patientId,
    consultationId: this.consultationId,
  }));

  private get m(): PrescriptionUploadMessages {
    return messagesFor(prescriptionUploadMessages, this.currentLocale);
  }

  constructor() {
    super();
    new PrefetchController(this, photoKit);
    new PrefetchController(this, uploadKit);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if ((changed.has('patientId') || changed.has('apiBase')) && this.patientId)
      void this.#calls.history.run(this.patientId);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#forgetPhoto();
  }

  #photo(): PickedPhoto | undefined {
    return 'photo' in this.view ? this.view.photo : undefined;
  }

  #forgetPhoto(): void {
    const photo = this.#photo();
    if (photo) URL.revokeObjectURL(photo.preview);
  }

  /** Checks a picked photo on the device before anything is sent. */
  async #pick(file: File): Promise<void> {
    this.#forgetPhoto();
    this.#key = undefined;
    const photo: PickedPhoto = { file, preview: URL.createObjectURL(file) };
    this.view = { name: 'checking', photo };
    this.#announcer.announce(this.m.checking);
    const { checkPhoto, retakeAdvice } = await photoKit.load();
    const check = await checkPhoto(file);
    if (this.#photo() !== photo) return; // another photo was picked meanwhile
    if (check.status === 'unreadable') {
      this.view = { name: 'unreadable', photo };
      await this.#announcer.focus('#retake-heading');
      return;
    }
    if (check.status === 'retake') {
      const issues = check.report.issues;
      this.view = {
        name: 'retake',
        photo,
        checked: 'device',
        advice: retakeAdvice(issues, this.currentLocale),
      };
      this.emit('apotheca-photo-retake', { checked: 'device', issues: issues.map((i) => i.code) });
      await this.#announcer.focus('#retake-heading');
      return;
    }
    this.view = { name: 'ready', photo };
    await this.#announcer.focus('#ready-heading');
  }

  /** Sends the photo; a Retry after a failure sends it again under the same idempotency key. */
  async #send(photo: PickedPhoto): Promise<void> {
    const kit = await uploadKit.load();
    const key = this.#key ?? kit.newIdempotencyKey();
    this.#key = key;
    this.view = { name: 'uploading', photo };
    const result = await this.#calls.upload.run(photo.file, this.note.trim(), key);
    if (result.status === 'idle' || result.status === 'pending') return;
    if (result.status === 'error') {
      this.view = {
        name: 'ready',
        photo,
        notice: {
          tone: 'danger',
          text: result.message,
          ...(result.reference ? { detail: result.reference } : {}),
          action: { label: this.platformText.retry, run: () => void this.#send(photo) },
        },
      };
      this.#announcer.announce(result.message);
      await this.#announcer.focus('.notice-action');
      return;
    }
    this.#key = undefined;
    const outcome = result.value;
    if (outcome.kind === 'refused') {
      const { retakeAdvice } = await photoKit.load();
      this.view = {
        name: 'retake',
        photo,
        checked: 'server',
        advice: retakeAdvice(outcome.issues, this.currentLocale),
      };
      this.emit('apotheca-photo-retake', {
        checked: 'server',
        issues: outcome.issues.map((i) => i.code),
      });
      await this.#announcer.focus('#retake-heading');
      return;
    }
    this.#show(outcome.upload);
    this.emit('apotheca-prescription-uploaded', {
      upload_id: outcome.upload.id,
      status: outcome.upload.status,
    });
    await this.#announcer.focus('#status-heading');
    if (this.patientId) void this.#calls.history.run(this.patientId);
  }

  #show(upload: PrescriptionUpload): void {
    this.#forgetPhoto();
    this.note = '';
    this.view = { name: 'submitted', upload };
  }

  async #check(upload: PrescriptionUpload): Promise<void> {
    const result = await this.#calls.status.run(upload.id);
    if (result.status === 'error') {
      this.view = { name: 'submitted', upload, notice: { tone: 'danger', text: result.message } };
      return;
    }
    if (result.status !== 'complete') return;
    const next = result.value;
    this.view = { name: 'submitted', upload: next };
    if (next.status !== upload.status) {
      this.emit('apotheca-upload-reviewed', {
        upload_id: next.id,
        status: next.status,
        prescription_id: next.prescription_id ?? null,
      });
      if (this.patientId) void this.#calls.history.run(this.patientId);
    }
    this.#announcer.announce(this.m.statusTitle[next.status]);
    await this.#announcer.focus('#status-heading');
  }

  async #another(): Promise<void> {
    this.#forgetPhoto();
    this.#key = undefined;
    this.view = { name: 'empty' };
    await this.#announcer.focus('#take');
  }

  #body(): TemplateResult {
    const m = this.m;
    const view = this.view;
    const locale = this.currentLocale;
    const pick = (label?: string) =>
      pickView({ m, ...(label ? { label } : {}), onFile: (file) => void this.#pick(file) });
    switch (view.name) {
      case 'empty':
        return html`${stepsView(m, 1)} ${pick()}`;
      case 'checking':
        return html`${stepsView(m, 1)} ${previewView(m, view.photo)}
          <p class="checking" role="status"><span class="spinner" aria-hidden="true"></span>${m.checking}</p>`;
      case 'retake':
      case 'unreadable':
        return html`${stepsView(m, 1)} ${previewView(m, view.photo)}
          ${retakeView({
            m,
            advice: view.name === 'retake' ? view.advice : [],
            checked: view.name === 'retake' ? view.checked : 'device',
            ...(view.name === 'unreadable'
              ? { unreadable: photoQualityMessages[locale].unreadable }
              : {}),
          })}
          ${pick(m.chooseAnother)}`;
      case 'ready':
      case 'uploading': {
        const photo = view.photo;
        return html`${stepsView(m, 2)} ${previewView(m, photo)}
          ${readyView({
            m,
            locale,
            photo,
            busy: view.name === 'uploading',
            note: this.note,
            notice: view.name === 'ready' ? view.notice : undefined,
            onNote: (note) => {
              this.note = note;
              this.#key = undefined; // another body needs another key
            },
            onSend: (event) => {
              event.preventDefault();
              void this.#send(photo);
            },
          })}
          ${view.name === 'ready' ? pick(m.chooseAnother) : nothing}`;
      }
      case 'submitted':
        return html`${stepsView(m, 3)}
          ${statusView({
            m,
            upload: view.upload,
            checking: this.#calls.status.state.status === 'pending',
            notice: view.notice,
            onCheck: () => void this.#check(view.upload),
            onAnother: () => void this.#another(),
          })}`;
    }
  }

  override render(): TemplateResult {
    const m = this.m;
    const history = this.#calls.history.state;
    return html`<section part="base" class="base" lang=${this.currentLocale} aria-labelledby="title">
      <header>
        <h2 id="title">${m.title}</h2>
        <p class="hint">${m.intro}</p>
      </header>
      ${this.#body()}
      ${history.status === 'complete' ? historyView(m, this.currentLocale, history.value) : nothing}
      ${this.#announcer.render()}
    </section>`;
  }
}
