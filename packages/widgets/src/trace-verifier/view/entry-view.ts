import { html, nothing, type TemplateResult } from 'lit';
import {
  cameraIcon,
  dangerIcon,
  switchIcon,
  torchIcon,
  uploadIcon,
} from '../../platform/icons/icons';
import { type Notice, noticeView } from '../../platform/view/notice';
import type { RejectedCode, ScanSource } from '../code/parse-code';
import type { TraceVerifierMessages } from '../messages/index';
import type { CameraController, CameraState } from '../scanner/camera-controller';
import type { PhotoOutcome } from '../scanner/read-photo';

/** What the entry step needs from the element. */
export interface EntryContext {
  m: TraceVerifierMessages;
  camera: CameraController;
  notice: Notice | undefined;
  codeError: RejectedCode | undefined;
  onChooseFile: () => void;
  onPhoto: (file: File) => void;
  onSubmit: (event: SubmitEvent) => void;
}

/** What the live region says when the camera changes state (nothing when it turns off). */
export function cameraAnnouncement(
  m: TraceVerifierMessages,
  state: CameraState,
): string | undefined {
  switch (state.name) {
    case 'starting':
      return m.cameraStarting;
    case 'scanning':
      return m.cameraScanning;
    case 'paused':
      return m.cameraPaused;
    case 'failed':
      return m.cameraFailure[state.reason];
    default:
      return undefined;
  }
}

/** Why the offline parser rejected a code, and where ("Look at character 17."). */
export function codeErrorText(m: TraceVerifierMessages, error: RejectedCode): string {
  const message = m.codeError[error.code] ?? m.codeError.unknown_format;
  return error.position > 0 ? `${message} ${m.atCharacter(error.position + 1)}` : message;
}

/** What to say when a photo gave no code, with another photo (or a retry) as the way on. */
export function photoNotice(
  reason: Extract<PhotoOutcome, { ok: false }>['reason'],
  m: TraceVerifierMessages,
  actions: Record<'chooseAnother' | 'retry', NonNullable<Notice['action']>>,
): Notice {
  if (reason === 'not_an_image') {
    return { tone: 'danger', text: m.notAnImage, action: actions.chooseAnother };
  }
  if (reason === 'decoder_failed') {
    return { tone: 'danger', text: m.decoderFailed, action: actions.retry };
  }
  return { tone: 'warning', text: m.noCodeInPhoto, action: actions.chooseAnother };
}

/** Puts focus on the code field with the offending character selected. */
export function focusCodeError(
  input: HTMLInputElement,
  error: RejectedCode,
  source: ScanSource,
): void {
  // A scanned code is shown in the field so the person can see and correct it.
  if (source !== 'manual') input.value = error.raw;
  input.focus();
  if (error.position > 0 && error.position < input.value.length) {
    input.setSelectionRange(error.position, error.position + 1);
  }
}

function onFileChange(event: Event, onPhoto: (file: File) => void): void {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  // Clear so choosing the same photo again fires `change` again.
  input.value = '';
  if (file) onPhoto(file);
}

function cameraView({ m, camera }: EntryContext): TemplateResult | typeof nothing {
  const state = camera.state;
  if (state.name === 'failed') {
    return noticeView({ tone: 'warning', text: m.cameraFailure[state.reason] });
  }
  if (state.name === 'paused') return html`<p class="hint">${m.cameraPaused}</p>`;
  if (state.name === 'off') return nothing;
  const controls = state.name === 'scanning' && (camera.hasTorch || camera.deviceCount > 1);
  return html`<div part="camera" class="camera">
    <div class="viewfinder">
      <video part="video" aria-label=${m.cameraLabel} muted playsinline></video>
      <div class="frame" aria-hidden="true"></div>
    </div>
    <p class="hint">${state.name === 'starting' ? m.cameraStarting : m.cameraScanning}</p>
    ${
      controls
        ? html`<div class="camera-controls">
          ${
            camera.hasTorch
              ? html`<button part="button" type="button" aria-pressed=${state.torch ? 'true' : 'false'} @click=${() => camera.toggleTorch()}>
                ${torchIcon} ${m.torch}
              </button>`
              : nothing
          }
          ${
            camera.deviceCount > 1
              ? html`<button part="button" type="button" @click=${() => camera.start(true)}>
                ${switchIcon} ${m.switchCamera}
              </button>`
              : nothing
          }
        </div>`
        : nothing
    }
  </div>`;
}

/** The three ways in: camera, photo upload and the manual field (with its offline error). */
export function entryView(context: EntryContext): TemplateResult {
  const { m, camera, notice, codeError: error } = context;
  const cameraOn = camera.active;
  return html`
    <div part="methods" class="methods">
      <button part="button" type="button" id="camera-button" aria-pressed=${cameraOn ? 'true' : 'false'} @click=${() => camera.toggle()}>
        ${cameraIcon} ${cameraOn ? m.stopCamera : m.scanWithCamera}
      </button>
      <button part="button" type="button" id="upload-button" @click=${context.onChooseFile}>
        ${uploadIcon} ${m.uploadPhoto}
      </button>
      <input id="file" type="file" accept="image/*" hidden tabindex="-1" @change=${(event: Event) => onFileChange(event, context.onPhoto)} />
    </div>
    ${cameraView(context)} ${notice ? noticeView(notice) : nothing}
    <form part="manual-form" novalidate @submit=${context.onSubmit}>
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
            ${dangerIcon}<span>${codeErrorText(m, error)}</span>
          </p>`
          : nothing
      }
    </form>
  `;
}
