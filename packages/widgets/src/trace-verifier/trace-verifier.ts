import { html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { Announcer } from '../platform/controllers/announcer';
import { ApiController } from '../platform/controllers/api-controller';
import { PrefetchController } from '../platform/controllers/lazy-chunk';
import { ApothecaElement } from '../platform/element/apotheca-element';
import { describeProblem } from '../platform/errors/problem';
import { messagesFor } from '../platform/localize/index';
import type { Notice } from '../platform/view/notice';
import type { TraceApi, TraceVerification } from './api/trace-api';
import { traceCalls } from './api/trace-calls';
import type { AcceptedCode, RejectedCode, ScanSource } from './code/parse-code';
import { dispensedDetail, scanDetail, verifiedDetail } from './events/details';
import { verifyKit } from './kit/load-kit';
import { type TraceVerifierMessages, traceVerifierMessages } from './messages/index';
import { CameraError } from './scanner/camera';
import { CameraController, type CameraState } from './scanner/camera-controller';
import { readPhoto } from './scanner/read-photo';
import type { TraceVerifierView } from './states';
import { traceVerifierStyles } from './trace-verifier.styles';
import { dispenseView } from './view/dispense-view';
import {
  cameraAnnouncement,
  codeErrorText,
  entryView,
  focusCodeError,
  photoNotice,
} from './view/entry-view';
import { loadingView } from './view/loading-view';
import { resultView } from './view/result-view';

/**
 * Checks a medicine pack: scan its DataMatrix or QR code with the camera, upload a photo, or type
 * the code. The code is checked offline first (a typo gets a precise message at once), then
 * verified with Apotheca: genuine or not, product, batch, expiry, the journey and alerts. With
 * `mode="dispense"`, a `location-id` and a session with the `trace:dispense` scope, the pack can be
 * dispensed from the result.
 *
 * @summary Drug trace-code verifier (camera, photo, manual entry).
 *
 * @fires apotheca-scan - A code was read or typed and checked offline: `{ source, valid, format?, gtin?, errorCode? }`.
 * @fires apotheca-verified - The API answered: `{ verificationId, status, dispensable, packId, productId }`.
 * @fires apotheca-dispensed - The pack was dispensed: `{ dispensationId, verificationId, packId, productId, locationId, reversibleUntil }`.
 * @fires apotheca-error - Something failed: `{ operation, kind, code, status?, requestId? }`.
 * @fires apotheca-session-expired - No usable session token: `{ reason }`.
 *
 * @csspart base - The widget's outer container.
 * @csspart header - Title and introduction.
 * @csspart methods - The camera and upload buttons.
 * @csspart button - Every button.
 * @csspart camera - The camera panel (viewfinder and controls).
 * @csspart video - The camera video.
 * @csspart manual-form - The manual entry form.
 * @csspart input - The code input.
 * @csspart notice - Messages: camera explanations, photo and network errors.
 * @csspart loading - The loading indicator.
 * @csspart result - The verification result.
 * @csspart status - The result status (icon and words).
 * @csspart product - Product name and details.
 * @csspart details - The product / pack detail list.
 * @csspart detail - One detail row.
 * @csspart alerts - The alert list.
 * @csspart alert - One alert.
 * @csspart journey - The journey timeline (an ordered list).
 * @csspart journey-event - One journey step.
 * @csspart dispense - The dispense action and its outcome.
 */
export class ApothecaTraceVerifier extends ApothecaElement {
  /** The shared widget styles, then the verifier's own. */
  static override styles = [...ApothecaElement.styles, traceVerifierStyles];

  /** `verify` (default) checks packs; `dispense` also offers to dispense a dispensable pack. */
  @property() mode: 'verify' | 'dispense' = 'verify';

  /** Where the scan happens (`loc_…`): sent with verifications and required to dispense. */
  @property({ attribute: 'location-id' }) locationId: string | undefined;

  @state() private view: TraceVerifierView = { name: 'entry' };
  @state() private notice: Notice | undefined;
  @state() private codeError: RejectedCode | undefined;

  @query('#code') private codeInput?: HTMLInputElement;
  @query('#file') private fileInput?: HTMLInputElement;

  readonly #announcer = new Announcer(this);
  readonly #api = new ApiController<TraceApi>(
    this,
    async () => (await verifyKit.load()).createTraceApi,
  );
  readonly #calls = traceCalls(this.#api, () => ({
    mode: this.mode,
    locationId: this.locationId,
    dispenseConflict: this.m.dispenseConflict,
  }));
  readonly #camera = new CameraController(this, {
    onState: (camera) => this.#onCameraState(camera),
    onCode: (text) => void this.#submit(text, 'camera'),
    onError: (error) => {
      this.reportError('camera', error);
      if (error instanceof CameraError) return;
      this.notice = {
        tone: 'danger',
        text: this.m.decoderFailed,
        action: { label: this.platformText.retry, run: () => this.#camera.start() },
      };
    },
  });

  /** Strings in the current locale. */
  private get m(): TraceVerifierMessages {
    return messagesFor(traceVerifierMessages, this.currentLocale);
  }

  constructor() {
    super();
    // The SDK chunk loads on first contact, or once the page is idle.
    new PrefetchController(this, verifyKit);
  }

  #onCameraState(camera: CameraState): void {
    if (camera.name === 'starting') this.notice = undefined;
    const text = cameraAnnouncement(this.m, camera);
    if (text) this.#announcer.announce(text);
  }

  // ---- photo upload ------------------------------------------------------------------------

  #chooseFile(): void {
    this.fileInput?.click();
  }

  async #readPhoto(file: Blob): Promise<void> {
    const m = this.m;
    this.#camera.stop();
    this.notice = undefined;
    this.codeError = undefined;
    this.view = { name: 'decoding' };
    this.#announcer.announce(m.readingPhoto);
    void this.#announcer.keepFocus('[part="loading"]');
    const photo = await readPhoto(file);
    if (photo.ok) return this.#submit(photo.text, 'upload');
    this.reportError('decode', photo.error);
    return this.#showEntryNotice(
      photoNotice(photo.reason, m, {
        chooseAnother: { label: m.uploadPhoto, run: () => this.#chooseFile() },
        retry: { label: this.platformText.retry, run: () => this.#readPhoto(file) },
      }),
    );
  }

  async #showEntryNotice(notice: Notice): Promise<void> {
    this.view = { name: 'entry' };
    this.notice = notice;
    this.#announcer.announce(notice.text);
    await this.#announcer.focus('.notice-action');
  }

  // ---- manual entry and verification -------------------------------------------------------

  async #onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    await this.#submit(this.codeInput?.value ?? '', 'manual');
  }

  /** Offline check first; only a well-formed code goes to the API. */
  async #submit(text: string, source: ScanSource): Promise<void> {
    this.#camera.stop();
    this.notice = undefined;
    let kit: Awaited<ReturnType<typeof verifyKit.load>>;
    try {
      kit = await verifyKit.load();
    } catch (error) {
      const problem = this.reportError('verify', {
        name: 'ConnectionError',
        code: 'sdk_unavailable',
        cause: error,
      });
      return this.#showEntryNotice({
        tone: 'danger',
        text: describeProblem(problem, this.platformText),
        action: { label: this.platformText.retry, run: () => this.#submit(text, source) },
      });
    }
    const checked = kit.checkCode(text, source);
    this.emit('apotheca-scan', scanDetail(checked, source));
    if (checked.ok) {
      this.codeError = undefined;
      return this.#verifyCode(checked, kit.newIdempotencyKey);
    }
    this.codeError = checked;
    this.view = { name: 'entry' };
    this.#announcer.announce(codeErrorText(this.m, checked));
    await this.updateComplete;
    if (this.codeInput) focusCodeError(this.codeInput, checked, source);
  }

  async #verifyCode(code: AcceptedCode, newKey: () => string): Promise<void> {
    this.notice = undefined;
    this.view = { name: 'verifying' };
    this.#announcer.announce(this.m.checking);
    void this.#announcer.keepFocus('[part="loading"]');
    const result = await this.#calls.verify.run(code);
    if (result.status === 'error') {
      return this.#showEntryNotice({
        tone: 'danger',
        text: result.message,
        ...(result.reference ? { detail: result.reference } : {}),
        action: { label: this.platformText.retry, run: () => this.#verifyCode(code, newKey) },
      });
    }
    if (result.status !== 'complete') return;
    const verification = result.value;
    this.#calls.dispense.reset();
    this.view = { name: 'result', code, verification, idempotencyKey: newKey() };
    this.emit('apotheca-verified', verifiedDetail(verification));
    this.#announcer.announce(this.m.resultAnnouncement(this.m.status[verification.status][0]));
    await this.#announcer.focus('#result-heading');
  }

  // ---- dispensing --------------------------------------------------------------------------

  #canDispense(verification: TraceVerification): boolean {
    return this.mode === 'dispense' && verification.dispensable && Boolean(this.locationId);
  }

  async #dispenseNow(): Promise<void> {
    const view = this.view;
    const locationId = this.locationId;
    if (view.name !== 'result' || !locationId || this.#calls.dispense.state.status === 'pending')
      return;
    this.#announcer.announce(this.m.dispensing);
    const result = await this.#calls.dispense.run(view.code.raw, locationId, view.idempotencyKey);
    if (result.status === 'error') {
      this.#announcer.announce(result.message);
      return this.#announcer.focus('.dispense .notice-action');
    }
    if (result.status !== 'complete') return;
    this.emit('apotheca-dispensed', dispensedDetail(result.value, view.verification.id));
    this.#announcer.announce(this.m.dispensed);
    await this.#announcer.focus('#dispensed-heading');
  }

  async #checkAnother(): Promise<void> {
    this.#calls.verify.abort();
    this.#calls.dispense.reset();
    this.view = { name: 'entry' };
    this.notice = undefined;
    this.codeError = undefined;
    this.#announcer.clear();
    await this.updateComplete;
    if (this.codeInput) {
      this.codeInput.value = '';
      this.codeInput.focus();
    }
  }

  // ---- rendering ---------------------------------------------------------------------------

  override render(): TemplateResult {
    const m = this.m;
    const view = this.view;
    return html`<section part="base" class="base" lang=${this.currentLocale} aria-labelledby="title">
      <header part="header">
        <h2 id="title">${m.title}</h2>
        ${view.name === 'result' ? nothing : html`<p class="hint">${m.intro}</p>`}
      </header>
      ${
        view.name === 'result'
          ? this.#renderResult(view)
          : view.name === 'verifying' || view.name === 'decoding'
            ? loadingView(view.name === 'verifying' ? m.checking : m.readingPhoto)
            : entryView({
                m,
                camera: this.#camera,
                notice: this.notice,
                codeError: this.codeError,
                onChooseFile: () => this.#chooseFile(),
                onPhoto: (file) => this.#readPhoto(file),
                onSubmit: (event) => this.#onSubmit(event),
              })
      }
      ${this.#announcer.render()}
    </section>`;
  }

  #renderResult(view: Extract<TraceVerifierView, { name: 'result' }>): TemplateResult {
    const m = this.m;
    const locale = this.currentLocale;
    const dispense = this.#calls.dispense.state;
    const showDispense = this.#canDispense(view.verification) || dispense.status !== 'idle';
    return html`<article part="result" class="result" aria-labelledby="result-heading">
      ${resultView(view.verification, { m, locale })}
      ${
        showDispense
          ? dispenseView({
              m,
              platform: this.platformText,
              locale,
              state: dispense,
              onDispense: () => this.#dispenseNow(),
            })
          : nothing
      }
      <div class="actions">
        <button part="button" type="button" @click=${this.#checkAnother}>${m.checkAnother}</button>
      </div>
    </article>`;
  }
}
