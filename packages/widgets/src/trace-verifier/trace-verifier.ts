import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ApothecaElement } from '../platform/element/apotheca-element';
import { describeProblem, isAbort, type Problem } from '../platform/errors/problem';
import {
  cameraIcon,
  dangerIcon,
  switchIcon,
  torchIcon,
  uploadIcon,
  warningIcon,
} from '../platform/icons/icons';
import { formatDateTime, messagesFor } from '../platform/localize/index';
import type { Dispensation, TraceApi, TraceVerification } from './api/trace-api';
import type { AcceptedCode, RejectedCode, ScanSource } from './code/parse-code';
import type {
  ApothecaDispensedDetail,
  ApothecaScanDetail,
  ApothecaVerifiedDetail,
} from './events/events';
import { loadVerifyKit, prefetchVerifyKit } from './kit/load-kit';
import { type TraceVerifierMessages, traceVerifierMessages } from './messages/index';
import { Camera, CameraError, type CameraFailure } from './scanner/camera';
import { loadDecoder } from './scanner/decoder';
import { imageDataFromFile } from './scanner/image-data';
import { scanVideo } from './scanner/scan-video';
import { traceVerifierStyles } from './trace-verifier.styles';
import { resultView } from './view/result-view';

/** What the camera is doing. */
type CameraState =
  | { name: 'off' }
  | { name: 'starting' }
  | { name: 'scanning'; torch: boolean }
  | { name: 'paused' }
  | { name: 'failed'; reason: CameraFailure };

/** A message shown above the entry form, with an optional action. */
interface Notice {
  tone: 'danger' | 'warning' | 'info';
  text: string;
  detail?: string;
  action?: { label: string; run: () => void };
}

type DispenseState =
  | { name: 'ready' }
  | { name: 'pending' }
  | { name: 'done'; dispensation: Dispensation }
  | { name: 'failed'; text: string };

/** The main view. */
type View =
  | { name: 'entry' }
  | { name: 'decoding' }
  | { name: 'verifying'; code: AcceptedCode }
  | {
      name: 'result';
      code: AcceptedCode;
      verification: TraceVerification;
      dispense: DispenseState;
      idempotencyKey: string;
    };

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
  static override styles = [...ApothecaElement.styles, traceVerifierStyles];

  /** `verify` (default) checks packs; `dispense` also offers to dispense a dispensable pack. */
  @property() mode: 'verify' | 'dispense' = 'verify';

  /** Where the scan happens (`loc_…`): sent with verifications and required to dispense. */
  @property({ attribute: 'location-id' }) locationId: string | undefined;

  @state() private view: View = { name: 'entry' };
  @state() private camera: CameraState = { name: 'off' };
  @state() private notice: Notice | undefined;
  @state() private codeError: RejectedCode | undefined;
  @state() private announcement = '';

  @query('#code') private codeInput?: HTMLInputElement;
  @query('#file') private fileInput?: HTMLInputElement;
  @query('video') private video?: HTMLVideoElement;

  #api: Promise<TraceApi> | undefined;
  #device = new Camera();
  #scan: AbortController | undefined;
  #request: AbortController | undefined;
  #visibility: IntersectionObserver | undefined;
  #onPageHidden = () => {
    if (document.visibilityState === 'hidden') this.#pauseCamera();
  };

  /** Strings in the current locale. */
  private get m(): TraceVerifierMessages {
    return messagesFor(traceVerifierMessages, this.currentLocale);
  }

  /** The platform client; subclasses (tests, stories) may substitute their own. */
  protected async createTraceApi(): Promise<TraceApi> {
    return (await loadVerifyKit()).createSdkTraceApi();
  }

  #traceApi(): Promise<TraceApi> {
    this.#api ??= this.createTraceApi().catch((error: unknown) => {
      this.#api = undefined;
      throw error;
    });
    return this.#api;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The SDK chunk loads on first contact, or once the page is idle.
    for (const type of ['focusin', 'pointerenter', 'touchstart']) {
      this.addEventListener(type, prefetchVerifyKit, { once: true, passive: true });
    }
    if (typeof requestIdleCallback === 'function') {
      requestIdleCallback(prefetchVerifyKit, { timeout: 5000 });
    }
    document.addEventListener('visibilitychange', this.#onPageHidden);
    if (typeof IntersectionObserver === 'function') {
      this.#visibility = new IntersectionObserver((entries) => {
        if (entries.some((entry) => !entry.isIntersecting)) this.#pauseCamera();
      });
      this.#visibility.observe(this);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.#onPageHidden);
    this.#visibility?.disconnect();
    this.#visibility = undefined;
    this.#stopCamera();
    this.#request?.abort();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The stream is attached after render, when the <video> exists.
    const stream = this.#device.stream;
    if (this.video && stream && this.video.srcObject !== stream) {
      this.video.srcObject = stream;
      this.video.play().catch(() => undefined);
    }
  }

  // ---- camera ------------------------------------------------------------------------------

  #cameraActive(): boolean {
    return this.camera.name === 'starting' || this.camera.name === 'scanning';
  }

  /** Stops every camera track and the scan loop. */
  #stopCamera(next: CameraState = { name: 'off' }): void {
    this.#scan?.abort();
    this.#scan = undefined;
    this.#device.stop();
    if (this.video) this.video.srcObject = null;
    this.camera = next;
  }

  #pauseCamera(): void {
    if (this.#cameraActive()) {
      this.#stopCamera({ name: 'paused' });
      this.announcement = this.m.cameraPaused;
    }
  }

  async #startCamera(deviceSwitch = false): Promise<void> {
    this.#scan?.abort();
    const scan = new AbortController();
    this.#scan = scan;
    this.notice = undefined;
    this.camera = { name: 'starting' };
    this.announcement = this.m.cameraStarting;
    try {
      const decoder = loadDecoder();
      // Decoder loading must not surface as an unhandled rejection while the camera starts.
      decoder.catch(() => undefined);
      if (deviceSwitch) await this.#device.switchCamera();
      else await this.#device.start();
      if (scan.signal.aborted) {
        this.#device.stop();
        return;
      }
      this.camera = { name: 'scanning', torch: false };
      this.announcement = this.m.cameraScanning;
      await this.updateComplete;
      if (!this.video) throw new Error('video element missing');
      const symbol = await scanVideo(this.video, await decoder, scan.signal);
      this.#stopCamera();
      await this.#submit(symbol.text, 'camera');
    } catch (error) {
      if (isAbort(error) || scan.signal.aborted) return;
      this.#device.stop();
      this.reportError('camera', error);
      if (error instanceof CameraError) {
        this.camera = { name: 'failed', reason: error.reason };
        this.announcement = this.m.cameraFailure[error.reason];
      } else {
        this.camera = { name: 'off' };
        this.notice = {
          tone: 'danger',
          text: this.m.decoderFailed,
          action: { label: this.platformText.retry, run: () => this.#startCamera() },
        };
      }
    }
  }

  #toggleCamera(): void {
    if (this.#cameraActive()) this.#stopCamera();
    else void this.#startCamera();
  }

  async #toggleTorch(): Promise<void> {
    if (this.camera.name !== 'scanning') return;
    const on = !this.camera.torch;
    if (await this.#device.setTorch(on)) this.camera = { name: 'scanning', torch: on };
  }

  // ---- photo upload ------------------------------------------------------------------------

  #chooseFile(): void {
    this.fileInput?.click();
  }

  async #onFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    // Clear so choosing the same photo again fires `change` again.
    input.value = '';
    if (file) await this.#readPhoto(file);
  }

  async #readPhoto(file: Blob): Promise<void> {
    this.#stopCamera();
    this.notice = undefined;
    this.codeError = undefined;
    this.view = { name: 'decoding' };
    this.announcement = this.m.readingPhoto;
    void this.#focusLoading();
    const chooseAnother = { label: this.m.uploadPhoto, run: () => this.#chooseFile() };
    let image: ImageData;
    try {
      image = await imageDataFromFile(file);
    } catch {
      this.reportError('decode', { name: 'DecoderError', code: 'not_an_image' });
      return this.#showEntryNotice({
        tone: 'danger',
        text: this.m.notAnImage,
        action: chooseAnother,
      });
    }
    let text: string | undefined;
    try {
      text = (await (await loadDecoder()).decode(image))?.text;
    } catch (error) {
      this.reportError('decode', error);
      return this.#showEntryNotice({
        tone: 'danger',
        text: this.m.decoderFailed,
        action: { label: this.platformText.retry, run: () => this.#readPhoto(file) },
      });
    }
    if (!text) {
      this.reportError('decode', { name: 'DecoderError', code: 'no_code_found' });
      return this.#showEntryNotice({
        tone: 'warning',
        text: this.m.noCodeInPhoto,
        action: chooseAnother,
      });
    }
    await this.#submit(text, 'upload');
  }

  /** Keeps keyboard focus inside the widget when the focused control is replaced by a state. */
  async #focusLoading(): Promise<void> {
    const hadFocus = this.matches(':focus-within');
    await this.updateComplete;
    if (hadFocus && !this.matches(':focus-within')) {
      this.renderRoot.querySelector<HTMLElement>('[part="loading"]')?.focus();
    }
  }

  async #showEntryNotice(notice: Notice): Promise<void> {
    this.view = { name: 'entry' };
    this.notice = notice;
    this.announcement = notice.text;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.notice-action')?.focus();
  }

  // ---- manual entry and verification -------------------------------------------------------

  async #onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    await this.#submit(this.codeInput?.value ?? '', 'manual');
  }

  /** Offline check first; only a well-formed code goes to the API. */
  async #submit(text: string, source: ScanSource): Promise<void> {
    this.#stopCamera();
    this.notice = undefined;
    let kit: Awaited<ReturnType<typeof loadVerifyKit>>;
    try {
      kit = await loadVerifyKit();
    } catch (error) {
      const problem = this.reportError('verify', {
        name: 'ConnectionError',
        code: 'sdk_unavailable',
        cause: error,
      });
      return this.#showEntryNotice(this.#problemNotice(problem, () => this.#submit(text, source)));
    }
    const checked = kit.checkCode(text, source);
    const detail: ApothecaScanDetail = { source, valid: checked.ok };
    if (checked.ok) {
      detail.format = checked.format;
      if (checked.gtin) detail.gtin = checked.gtin;
    } else {
      detail.errorCode = checked.code;
    }
    this.emit('apotheca-scan', detail);
    if (!checked.ok) {
      this.codeError = checked;
      this.view = { name: 'entry' };
      this.announcement = this.#codeErrorText(checked);
      await this.updateComplete;
      const input = this.codeInput;
      if (input) {
        // A scanned code is shown in the field so the person can see and correct it.
        if (source !== 'manual') input.value = checked.raw;
        input.focus();
        if (checked.position > 0 && checked.position < input.value.length) {
          input.setSelectionRange(checked.position, checked.position + 1);
        }
      }
      return;
    }
    this.codeError = undefined;
    await this.#verify(checked);
  }

  #codeErrorText(error: RejectedCode): string {
    const message = this.m.codeError[error.code] ?? this.m.codeError.unknown_format;
    return error.position > 0 ? `${message} ${this.m.atCharacter(error.position + 1)}` : message;
  }

  async #verify(code: AcceptedCode): Promise<void> {
    this.#request?.abort();
    const request = new AbortController();
    this.#request = request;
    this.notice = undefined;
    this.view = { name: 'verifying', code };
    this.announcement = this.m.checking;
    void this.#focusLoading();
    try {
      const api = await this.#traceApi();
      // From the SDK chunk (already loaded by the offline check): keeps core out of the first load.
      const { newIdempotencyKey } = await loadVerifyKit();
      const verification = await this.withSession((token) =>
        api.verify(
          {
            code: code.raw,
            context: this.mode === 'dispense' ? 'dispense' : 'inspect',
            ...(this.locationId ? { location_id: this.locationId } : {}),
          },
          { token, baseUrl: this.apiBase, signal: request.signal },
        ),
      );
      if (request.signal.aborted) return;
      this.view = {
        name: 'result',
        code,
        verification,
        dispense: { name: 'ready' },
        idempotencyKey: newIdempotencyKey(),
      };
      const detail: ApothecaVerifiedDetail = {
        verificationId: verification.id,
        status: verification.status,
        dispensable: verification.dispensable,
        packId: verification.pack?.id ?? null,
        productId: verification.product?.id ?? null,
      };
      this.emit('apotheca-verified', detail);
      this.announcement = this.m.resultAnnouncement(this.m.status[verification.status][0]);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#result-heading')?.focus();
    } catch (error) {
      if (isAbort(error) || request.signal.aborted) return;
      const problem = this.reportError('verify', error);
      await this.#showEntryNotice(this.#problemNotice(problem, () => this.#verify(code)));
    }
  }

  #problemNotice(problem: Problem, retry: () => void): Notice {
    const notice: Notice = {
      tone: 'danger',
      text: describeProblem(problem, this.platformText),
      action: { label: this.platformText.retry, run: retry },
    };
    if (problem.requestId) notice.detail = this.platformText.reference(problem.requestId);
    return notice;
  }

  // ---- dispensing --------------------------------------------------------------------------

  #canDispense(verification: TraceVerification): boolean {
    return this.mode === 'dispense' && verification.dispensable && Boolean(this.locationId);
  }

  async #dispense(): Promise<void> {
    const view = this.view;
    const locationId = this.locationId;
    // aria-disabled (not disabled) keeps focus on the button while the request runs.
    if (view.name !== 'result' || !locationId || view.dispense.name === 'pending') return;
    const { code, verification, idempotencyKey } = view;
    this.view = { ...view, dispense: { name: 'pending' } };
    this.announcement = this.m.dispensing;
    try {
      // The key belongs to this result: a retry after a lost response cannot dispense twice.
      const api = await this.#traceApi();
      const dispensation = await this.withSession((token) =>
        api.dispense(
          { code: code.raw, location_id: locationId },
          { token, baseUrl: this.apiBase, idempotencyKey },
        ),
      );
      this.view = { ...view, dispense: { name: 'done', dispensation } };
      const detail: ApothecaDispensedDetail = {
        dispensationId: dispensation.id,
        verificationId: verification.id,
        packId: dispensation.pack_id,
        productId: dispensation.product_id,
        locationId: dispensation.location_id,
        reversibleUntil: dispensation.reversible_until,
      };
      this.emit('apotheca-dispensed', detail);
      this.announcement = this.m.dispensed;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#dispensed-heading')?.focus();
    } catch (error) {
      const problem = this.reportError('dispense', error);
      const text =
        problem.kind === 'conflict'
          ? this.m.dispenseConflict
          : describeProblem(problem, this.platformText);
      this.view = { ...view, dispense: { name: 'failed', text } };
      this.announcement = text;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.dispense .notice-action')?.focus();
    }
  }

  async #checkAnother(): Promise<void> {
    this.#request?.abort();
    this.view = { name: 'entry' };
    this.notice = undefined;
    this.codeError = undefined;
    this.announcement = '';
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
            ? html`<div part="loading" class="loading" tabindex="-1">
              <span class="spinner" aria-hidden="true"></span>
              <span>${view.name === 'verifying' ? m.checking : m.readingPhoto}</span>
            </div>`
            : this.#renderEntry()
      }
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </section>`;
  }

  #renderNotice(notice: Notice): TemplateResult {
    const icon = notice.tone === 'danger' ? dangerIcon : warningIcon;
    return html`<div part="notice" class="notice tone-${notice.tone}" role="alert">
      ${icon}
      <div class="notice-body">
        <p>${notice.text}</p>
        ${notice.detail ? html`<p class="hint">${notice.detail}</p>` : nothing}
        ${
          notice.action
            ? html`<button part="button" type="button" class="notice-action" @click=${notice.action.run}>
              ${notice.action.label}
            </button>`
            : nothing
        }
      </div>
    </div>`;
  }

  #renderCamera(): TemplateResult | typeof nothing {
    const m = this.m;
    const camera = this.camera;
    if (camera.name === 'failed') {
      return this.#renderNotice({ tone: 'warning', text: m.cameraFailure[camera.reason] });
    }
    if (camera.name === 'paused') return html`<p class="hint">${m.cameraPaused}</p>`;
    if (camera.name === 'off') return nothing;
    return html`<div part="camera" class="camera">
      <div class="viewfinder">
        <video part="video" aria-label=${m.cameraLabel} muted playsinline></video>
        <div class="frame" aria-hidden="true"></div>
      </div>
      <p class="hint">${camera.name === 'starting' ? m.cameraStarting : m.cameraScanning}</p>
      ${
        camera.name === 'scanning' && (this.#device.hasTorch || this.#device.deviceCount > 1)
          ? html`<div class="camera-controls">
            ${
              this.#device.hasTorch
                ? html`<button part="button" type="button" aria-pressed=${camera.torch ? 'true' : 'false'} @click=${this.#toggleTorch}>
                  ${torchIcon} ${m.torch}
                </button>`
                : nothing
            }
            ${
              this.#device.deviceCount > 1
                ? html`<button part="button" type="button" @click=${() => this.#startCamera(true)}>
                  ${switchIcon} ${m.switchCamera}
                </button>`
                : nothing
            }
          </div>`
          : nothing
      }
    </div>`;
  }

  #renderEntry(): TemplateResult {
    const m = this.m;
    const error = this.codeError;
    const cameraOn = this.#cameraActive();
    return html`
      <div part="methods" class="methods">
        <button part="button" type="button" id="camera-button" aria-pressed=${cameraOn ? 'true' : 'false'} @click=${this.#toggleCamera}>
          ${cameraIcon} ${cameraOn ? m.stopCamera : m.scanWithCamera}
        </button>
        <button part="button" type="button" id="upload-button" @click=${this.#chooseFile}>
          ${uploadIcon} ${m.uploadPhoto}
        </button>
        <input id="file" type="file" accept="image/*" hidden tabindex="-1" @change=${this.#onFile} />
      </div>
      ${this.#renderCamera()} ${this.notice ? this.#renderNotice(this.notice) : nothing}
      <form part="manual-form" novalidate @submit=${this.#onSubmit}>
        <label for="code">${m.codeLabel}</label>
        <p id="code-hint" class="hint">${m.codeHint}</p>
        <div class="field-row">
          <input
            id="code"
            part="input"
            type="text"
            name="code"
            autocomplete="off"
            autocapitalize="off"
            spellcheck="false"
            aria-describedby=${error ? 'code-hint code-error' : 'code-hint'}
            aria-invalid=${error ? 'true' : 'false'}
          />
          <button part="button" class="primary" type="submit">${m.check}</button>
        </div>
        ${
          error
            ? html`<p id="code-error" class="field-error" data-code=${error.code}>
              ${dangerIcon}<span>${this.#codeErrorText(error)}</span>
            </p>`
            : nothing
        }
      </form>
    `;
  }

  #renderResult(view: Extract<View, { name: 'result' }>): TemplateResult {
    const m = this.m;
    const locale = this.currentLocale;
    const dispense = view.dispense;
    return html`<article part="result" class="result" aria-labelledby="result-heading">
      ${resultView(view.verification, { m, locale })}
      ${
        this.#canDispense(view.verification) || dispense.name !== 'ready'
          ? html`<div part="dispense" class="dispense section">
            ${
              dispense.name === 'done'
                ? html`<div class="notice tone-success">
                  <div class="notice-body">
                    <h4 id="dispensed-heading" tabindex="-1">${m.dispensed}</h4>
                    <p>${m.dispensedDetail(formatDateTime(locale, dispense.dispensation.reversible_until))}</p>
                  </div>
                </div>`
                : dispense.name === 'failed'
                  ? this.#renderNotice({
                      tone: 'danger',
                      text: dispense.text,
                      action: { label: this.platformText.retry, run: () => this.#dispense() },
                    })
                  : html`<div class="actions">
                    <button
                      part="button"
                      class="primary"
                      type="button"
                      aria-disabled=${dispense.name === 'pending' ? 'true' : 'false'}
                      @click=${this.#dispense}
                    >
                      ${dispense.name === 'pending' ? m.dispensing : m.dispense}
                    </button>
                  </div>`
            }
          </div>`
          : nothing
      }
      <div class="actions">
        <button part="button" type="button" @click=${this.#checkAnother}>${m.checkAnother}</button>
      </div>
    </article>`;
  }
}
