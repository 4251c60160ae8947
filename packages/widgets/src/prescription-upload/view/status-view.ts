import { html, nothing, type TemplateResult } from 'lit';
import { checkIcon, dangerIcon, infoIcon } from '../../platform/icons/icons';
import { formatDateTime, type Locale } from '../../platform/localize/index';
import { type Notice, noticeView } from '../../platform/view/notice';
import type { PrescriptionUpload } from '../api/upload-api';
import type { PrescriptionUploadMessages } from '../messages/index';

const ICON = { pending_review: infoIcon, transcribed: checkIcon, rejected: dangerIcon } as const;
const TONE = { pending_review: 'info', transcribed: 'success', rejected: 'danger' } as const;

/** The sent photo: where the pharmacist's review stands, Check status, Send another. */
export function statusView(p: {
  m: PrescriptionUploadMessages;
  upload: PrescriptionUpload;
  checking: boolean;
  notice: Notice | undefined;
  onCheck: () => void;
  onAnother: () => void;
}): TemplateResult {
  const { m, upload } = p;
  const status = upload.status;
  return html`<div part="status" class="status tone-${TONE[status]}" data-status=${status} data-upload=${upload.id}>
      <h3 id="status-heading" tabindex="-1">${ICON[status]} ${m.statusTitle[status]}</h3>
      <p>${m.statusText[status]}</p>
      ${
        status === 'rejected' && upload.review?.reason
          ? html`<p class="reason">${m.reason(upload.review.reason)}</p>`
          : nothing
      }
      <p class="hint">${m.reference(upload.id)}</p>
    </div>
    ${p.notice ? noticeView(p.notice) : nothing}
    <div class="actions">
      ${
        status === 'pending_review'
          ? html`<button part="button" type="button" class="check" ?disabled=${p.checking}
              @click=${p.onCheck}>
              ${p.checking ? html`<span class="spinner" aria-hidden="true"></span>${m.checkingStatus}` : m.checkStatus}
            </button>`
          : nothing
      }
      <button part="button" type="button" class="another" @click=${p.onAnother}>
        ${m.uploadAnother}
      </button>
    </div>`;
}

/** The patient's recent uploads and how each stands. */
export function historyView(
  m: PrescriptionUploadMessages,
  locale: Locale,
  uploads: readonly PrescriptionUpload[],
): TemplateResult | typeof nothing {
  if (uploads.length === 0) return nothing;
  return html`<section part="history" class="history" aria-labelledby="history-heading">
    <h3 id="history-heading">${m.historyTitle}</h3>
    <ul>
      ${uploads.map(
        (u) => html`<li data-upload=${u.id} data-status=${u.status}>
          ${m.historyItem(formatDateTime(locale, u.created_at), m.statusTitle[u.status])}
        </li>`,
      )}
    </ul>
  </section>`;
}
