import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../../platform/localize/index';
import type { RetakeAdvice } from '../../platform/photo-quality/index';
import { type Notice, noticeView } from '../../platform/view/notice';
import type { PrescriptionUploadMessages } from '../messages/index';
import type { PickedPhoto } from '../states';
import { formatSize } from './format';

/** The photo the patient picked, as a thumbnail. */
export function previewView(m: PrescriptionUploadMessages, photo: PickedPhoto): TemplateResult {
  return html`<img part="preview" class="preview" src=${photo.preview} alt=${m.preview} />`;
}

/** What is wrong with the photo and how to retake it, one item per issue. */
export function retakeView(p: {
  m: PrescriptionUploadMessages;
  advice: readonly RetakeAdvice[];
  checked: 'device' | 'server';
  unreadable?: string;
}): TemplateResult {
  const { m } = p;
  return html`<div part="retake" class="retake tone-warning" role="alert" aria-labelledby="retake-heading">
    <h3 id="retake-heading" tabindex="-1">${m.retakeTitle}</h3>
    ${p.checked === 'server' ? html`<p>${m.retakeServer}</p>` : nothing}
    ${p.unreadable ? html`<p>${p.unreadable}</p>` : nothing}
    ${
      p.advice.length
        ? html`<ul class="advice">
            ${p.advice.map(
              (a) => html`<li data-issue=${a.code}><strong>${a.problem}</strong> ${a.advice}</li>`,
            )}
          </ul>`
        : nothing
    }
  </div>`;
}

/** A clear photo: an optional note, then send (or sending, with the photo's size). */
export function readyView(p: {
  m: PrescriptionUploadMessages;
  locale: Locale;
  photo: PickedPhoto;
  busy: boolean;
  note: string;
  notice: Notice | undefined;
  onNote: (note: string) => void;
  onSend: (event: SubmitEvent) => void;
}): TemplateResult {
  const { m } = p;
  return html`<form part="send-form" class="send" @submit=${p.onSend}>
    <h3 id="ready-heading" tabindex="-1">${m.readyTitle}</h3>
    <label for="note">${m.noteLabel}</label>
    <textarea id="note" rows="2" maxlength="500" ?disabled=${p.busy} .value=${p.note}
      @input=${(e: Event) => p.onNote((e.target as HTMLTextAreaElement).value)}></textarea>
    ${p.notice ? noticeView(p.notice) : nothing}
    ${
      p.busy
        ? html`<div class="sending" role="status">
            <progress part="progress" aria-label=${m.sending(formatSize(p.locale, p.photo.file.size))}></progress>
            <span>${m.sending(formatSize(p.locale, p.photo.file.size))}</span>
          </div>`
        : html`<div class="actions">
            <button part="button" class="primary" type="submit">${m.send}</button>
          </div>`
    }
  </form>`;
}
