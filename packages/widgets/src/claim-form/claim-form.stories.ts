import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { HttpResponse, http } from 'msw';
import { API_BASE, instantRetries } from '../test-support/mock-api';
import './define';
import {
  addDiagnosis,
  addItem,
  choosePhotos,
  fillVisit,
  formIn,
  frames,
  next,
  says,
  shown,
  toReview,
} from './stories/drive';
import {
  ACTIVE_POLICY,
  darkPhoto,
  FASTPATH_POLICY,
  invoicePhoto,
  mintClaimSession,
  SANDBOX_HOSPITALS,
  WANGFANG,
} from './stories/session';

interface Args {
  locale: 'en' | 'zh-CN';
  policyId: string;
}
type Story = StoryObj<Args>;

// Every story name is a state of CLAIM_FORM_STATES (states.ts); the Storybook test fails when a
// state has no story.
const meta: Meta<Args> = {
  title: 'Widgets/Claim form',
  component: 'apotheca-claim-form',
  args: { locale: 'en', policyId: ACTIVE_POLICY },
  argTypes: {
    locale: { control: 'inline-radio', options: ['en', 'zh-CN'] },
    policyId: { control: 'inline-radio', options: [ACTIVE_POLICY, FASTPATH_POLICY] },
  },
  render: (args) => html`<apotheca-claim-form
    api-base=${API_BASE}
    locale=${args.locale}
    patient-id=${WANGFANG}
    policy-id=${args.policyId}
    .providers=${SANDBOX_HOSPITALS}
    .tokenProvider=${mintClaimSession}
    .clientOptions=${instantRetries}
  ></apotheca-claim-form>`,
};
export default meta;

export const Policy: Story = {
  play: async ({ canvasElement }) => {
    await frames(shown(formIn(canvasElement), '#policy'));
  },
};

export const Visit: Story = {
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    await fillVisit(form);
    await frames(shown(form, '.coverage'));
  },
};

export const Photos: Story = {
  args: { locale: 'zh-CN' },
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    await fillVisit(form);
    await next(form);
    await choosePhotos(form, [await invoicePhoto('page-1.jpg'), await invoicePhoto('page-2.jpg')]);
    await frames(says(form, '2/2'));
  },
};

export const PhotosRetake: Story = {
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    await fillVisit(form);
    await next(form);
    await choosePhotos(form, [await darkPhoto()]);
    await frames(shown(form, '.status-retake'));
  },
};

async function toItems(form: HTMLElement): Promise<void> {
  await fillVisit(form);
  await next(form);
  await choosePhotos(form, [await invoicePhoto()]);
  await frames(shown(form, '.status-uploaded'));
  await next(form);
}

export const Items: Story = {
  args: { locale: 'zh-CN' },
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    await toItems(form);
    await addItem(form, '布洛芬');
  },
};

export const ItemsSuperseded: Story = {
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    await toItems(form);
    await addItem(form, 'XSBXM01AE5017');
    await frames(shown(form, '.use-replacement'));
  },
};

export const Diagnoses: Story = {
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    await toItems(form);
    await addItem(form, 'ibuprofen');
    await next(form);
    await addDiagnosis(form, '上呼吸道');
  },
};

export const Review: Story = {
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    await toReview(form);
    await frames(shown(form, '.estimate .benefit'));
  },
};

export const FieldErrors: Story = {
  args: { locale: 'zh-CN' },
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    await next(form);
    form.shadowRoot?.querySelector<HTMLElement>('#next')?.click();
    await frames(shown(form, '.field-error'));
  },
};

export const SubmitFailed: Story = {
  parameters: {
    msw: [http.post(`${API_BASE}/v1/claims`, () => HttpResponse.error())],
  },
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    form.clientOptions = { ...instantRetries, maxRetries: 0 };
    await toReview(form);
    await form.submit();
    await frames(shown(form, '.notice-action'));
  },
};

export const TrackingInReview: Story = {
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    await toReview(form);
    await form.submit();
    await frames(shown(form, '#tracker-title'));
  },
};

export const TrackingPaid: Story = {
  args: { policyId: FASTPATH_POLICY, locale: 'zh-CN' },
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    await toReview(form);
    await form.submit();
    await frames(shown(form, '.paid'));
  },
};
