import { problemResponse } from '@apotheca/mock';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { HttpResponse, http } from 'msw';
import { expect, userEvent, waitFor } from 'storybook/test';
import { API_BASE, instantRetries } from '../test-support/mock-api';
import './define';
import type { ApothecaPrescriptionUpload } from './prescription-upload';
import { photos } from './stories/photos';
import { mintUploadSession, reviewUpload, WANGFANG } from './stories/session';

interface Args {
  locale: 'en' | 'zh-CN';
}
type Story = StoryObj<Args>;

// Every story name is a state of PRESCRIPTION_UPLOAD_STATES (states.ts) or a variant of one; the
// Storybook test fails when a state has no story.
const meta: Meta<Args> = {
  title: 'Widgets/Prescription upload',
  component: 'apotheca-prescription-upload',
  args: { locale: 'en' },
  argTypes: { locale: { control: 'inline-radio', options: ['en', 'zh-CN'] } },
  render: (args) => html`<apotheca-prescription-upload
    api-base=${API_BASE}
    locale=${args.locale}
    patient-id=${WANGFANG}
    .tokenProvider=${() => mintUploadSession(WANGFANG)}
    .clientOptions=${instantRetries}
  ></apotheca-prescription-upload>`,
};
export default meta;

function root(canvas: HTMLElement): ShadowRoot {
  const element = canvas.querySelector<ApothecaPrescriptionUpload>('apotheca-prescription-upload');
  if (!element?.shadowRoot) throw new Error('upload not rendered');
  return element.shadowRoot;
}
function find<T extends Element = HTMLElement>(canvas: HTMLElement, selector: string): T {
  const found = root(canvas).querySelector<T>(selector);
  if (!found) throw new Error(`not found: ${selector}`);
  return found;
}
const waitForSelector = (canvas: HTMLElement, selector: string) =>
  waitFor(() => expect(root(canvas).querySelector(selector)).not.toBeNull(), { timeout: 5000 });

async function choose(canvas: HTMLElement, file: File | Promise<File>): Promise<void> {
  await waitForSelector(canvas, '#choose');
  await userEvent.upload(find<HTMLInputElement>(canvas, '#choose'), await file);
}
async function sendSharp(canvas: HTMLElement): Promise<void> {
  await choose(canvas, photos.sharp());
  await waitForSelector(canvas, '#ready-heading');
  await userEvent.click(find(canvas, '[part="send-form"] button[type="submit"]'));
}
async function reviewed(canvas: HTMLElement, decision: 'approve' | 'reject', reason?: string) {
  await sendSharp(canvas);
  await waitForSelector(canvas, '#status-heading');
  const id = find(canvas, '[part="status"]').dataset['upload'] ?? '';
  await reviewUpload(id, decision, reason);
  await userEvent.click(find(canvas, 'button.check'));
  await waitFor(
    () =>
      expect(find(canvas, '[part="status"]').dataset['status']).toBe(
        decision === 'approve' ? 'transcribed' : 'rejected',
      ),
    { timeout: 5000 },
  );
}

/** Take or choose a photo. */
export const Empty: Story = {
  play: async ({ canvasElement }) => waitForSelector(canvasElement, '[part="pick"]'),
};
export const EmptyChinese: Story = { ...Empty, args: { locale: 'zh-CN' } };

/**
 * Right after choosing: "Checking the photo…" on the device while it is decoded and analysed
 * (the play function records that the state showed, then the photo turns out clear).
 */
export const Checking: Story = {
  play: async ({ canvasElement }) => {
    await waitForSelector(canvasElement, '#choose');
    const shown: boolean[] = [];
    const observer = new MutationObserver(() => {
      if (root(canvasElement).querySelector('.checking')) shown.push(true);
    });
    observer.observe(root(canvasElement), { childList: true, subtree: true });
    await userEvent.upload(find<HTMLInputElement>(canvasElement, '#choose'), await photos.sharp());
    await waitForSelector(canvasElement, '#ready-heading');
    observer.disconnect();
    await expect(shown.length).toBeGreaterThan(0);
  },
};
export const CheckingChinese: Story = { ...Checking, args: { locale: 'zh-CN' } };

/** A blurry photo: what is wrong and how to retake it, before anything is sent. */
export const Retake: Story = {
  play: async ({ canvasElement }) => {
    await choose(canvasElement, photos.blurry());
    await waitForSelector(canvasElement, '#retake-heading');
  },
};
export const RetakeChinese: Story = { ...Retake, args: { locale: 'zh-CN' } };

/** A file that is not a photo the browser can open. */
export const Unreadable: Story = {
  play: async ({ canvasElement }) => {
    await choose(canvasElement, photos.notAPhoto());
    await waitForSelector(canvasElement, '#retake-heading');
  },
};
export const UnreadableChinese: Story = { ...Unreadable, args: { locale: 'zh-CN' } };

/** A clear photo: a note, then send. */
export const Ready: Story = {
  play: async ({ canvasElement }) => {
    await choose(canvasElement, photos.sharp());
    await waitForSelector(canvasElement, '#ready-heading');
  },
};
export const ReadyChinese: Story = { ...Ready, args: { locale: 'zh-CN' } };

/** Sending (the API holds the answer). */
export const Uploading: Story = {
  parameters: {
    msw: [
      http.post(`${API_BASE}/v1/prescription-uploads`, () => new Promise<never>(() => undefined)),
    ],
  },
  play: async ({ canvasElement }) => {
    await sendSharp(canvasElement);
    await waitForSelector(canvasElement, '.sending');
  },
};
export const UploadingChinese: Story = { ...Uploading, args: { locale: 'zh-CN' } };

/** The server's photo check refused it: the same retake advice. */
export const ServerRejected: Story = {
  parameters: {
    msw: [
      http.post(`${API_BASE}/v1/prescription-uploads`, () =>
        HttpResponse.json(
          {
            type: 'https://docs.apotheca.dev/errors/photo_quality_insufficient',
            title: 'Photo not readable',
            status: 422,
            code: 'photo_quality_insufficient',
            detail: 'The photo is cut off.',
            issues: [{ code: 'cut_off', measured: 0.4, threshold: 0.1, reason: 'edges' }],
          },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    ],
  },
  play: async ({ canvasElement }) => {
    await sendSharp(canvasElement);
    await waitForSelector(canvasElement, '#retake-heading');
  },
};
export const ServerRejectedChinese: Story = { ...ServerRejected, args: { locale: 'zh-CN' } };

/** The photo could not be sent: the reason, and Retry under the same idempotency key. */
export const UploadFailed: Story = {
  parameters: {
    msw: [
      http.post(`${API_BASE}/v1/prescription-uploads`, () =>
        problemResponse(503, 'service_unavailable'),
      ),
    ],
  },
  play: async ({ canvasElement }) => {
    await sendSharp(canvasElement);
    await waitForSelector(canvasElement, '[part="notice"]');
  },
};
export const UploadFailedChinese: Story = { ...UploadFailed, args: { locale: 'zh-CN' } };

/** Sent: waiting for the pharmacist, with Check status. */
export const PendingReview: Story = {
  play: async ({ canvasElement }) => {
    await sendSharp(canvasElement);
    await waitForSelector(canvasElement, '#status-heading');
  },
};
export const PendingReviewChinese: Story = { ...PendingReview, args: { locale: 'zh-CN' } };

/** The pharmacist accepted it. */
export const Transcribed: Story = {
  play: async ({ canvasElement }) => reviewed(canvasElement, 'approve'),
};
export const TranscribedChinese: Story = { ...Transcribed, args: { locale: 'zh-CN' } };

/** The pharmacist rejected it, with the reason. */
export const Rejected: Story = {
  play: async ({ canvasElement }) =>
    reviewed(canvasElement, 'reject', 'The prescription date is not readable.'),
};
export const RejectedChinese: Story = {
  args: { locale: 'zh-CN' },
  play: async ({ canvasElement }) => reviewed(canvasElement, 'reject', '处方日期看不清。'),
};

/** Earlier photos and where each stands (after one was sent, ready for another). */
export const History: Story = {
  play: async ({ canvasElement }) => {
    await sendSharp(canvasElement);
    await waitForSelector(canvasElement, '#status-heading');
    await userEvent.click(find(canvasElement, 'button.another'));
    await waitForSelector(canvasElement, '[part="pick"]');
    await waitForSelector(canvasElement, '[part="history"] li');
  },
};
export const HistoryChinese: Story = { ...History, args: { locale: 'zh-CN' } };
