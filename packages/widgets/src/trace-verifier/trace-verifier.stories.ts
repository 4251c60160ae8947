import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, HttpResponse, http } from 'msw';
import { expect, userEvent, waitFor } from 'storybook/test';
import { API_BASE, mintSession } from '../stories/mock-api';
import { blankCameraStream, blankPhoto, symbolCameraStream } from '../test-support/symbols';
import './define';
import type { ApothecaTraceVerifier } from './trace-verifier';

/** Seeded sandbox packs (docs/testing/trace-codes.md). */
const CODES = {
  verified: '(01)06901234100013(17)290228(10)2603101(21)OK0001',
  dispensable: '(01)06905782200119(17)290430(10)2605203(21)DSP0003',
  alreadyDispensed: '(01)06905782200119(17)290430(10)2605203(21)DISPENSED01',
  recalled: '(01)06901234100037(17)290228(10)2603045(21)RECALL01',
  expired: '(01)06905782200126(17)250331(10)2304009(21)EXPIRED01',
  suspect: '(01)06908365300213(17)280131(10)2602077(21)SUSPECT01',
  notFound: '(01)06901234100013(17)290228(10)2603101(21)NOTFOUND01',
  mismatch: '(01)06901234100013(17)290228(10)2603102(21)LOTMM01',
  dataIncomplete: '(01)06901234100020(17)280331(10)2604118(21)GAP01',
  secondary: '(01)04051234000195(17)290131(10)DE26B114(21)RIVDE9999',
  temperatureExcursion: '(01)06927415001016(17)281231(10)2607A15(21)COLDEXC01',
  china: '83100170000123456078',
  mistyped: '(01)06901234100014(17)290228(10)2603101(21)OK0001',
};

interface Args {
  locale: 'en' | 'zh-CN';
  theme: 'light' | 'dark' | 'auto' | undefined;
  mode: 'verify' | 'dispense';
  locationId: string;
  colorPrimary: string;
}

type Story = StoryObj<Args>;

function verifier(canvasElement: HTMLElement): ApothecaTraceVerifier {
  const element = canvasElement.querySelector('apotheca-trace-verifier');
  if (!element) throw new Error('verifier not rendered');
  return element;
}

function inShadow<T extends Element = HTMLElement>(
  canvasElement: HTMLElement,
  selector: string,
): T {
  const found = verifier(canvasElement).shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`not found: ${selector}`);
  return found;
}

/** Types a code in the manual field and submits it, as a person would. */
async function enterCode(canvasElement: HTMLElement, code: string): Promise<void> {
  const element = verifier(canvasElement);
  await element.updateComplete;
  await userEvent.type(inShadow(canvasElement, '#code'), code);
  await userEvent.click(inShadow(canvasElement, 'button[type="submit"]'));
}

async function expectHeading(canvasElement: HTMLElement, text: string): Promise<void> {
  await waitFor(() => expect(inShadow(canvasElement, '#result-heading').textContent).toBe(text), {
    timeout: 5000,
  });
}

/** Stubs `getUserMedia` for one story; Storybook runs the returned cleanup after it. */
function withCamera(getUserMedia: MediaDevices['getUserMedia']): () => () => void {
  return () => {
    const original = navigator.mediaDevices.getUserMedia;
    navigator.mediaDevices.getUserMedia = getUserMedia;
    return () => {
      navigator.mediaDevices.getUserMedia = original;
    };
  };
}

function checkCode(code: string, heading: string): Story {
  return {
    play: async ({ canvasElement }) => {
      await enterCode(canvasElement, code);
      await expectHeading(canvasElement, heading);
    },
  };
}

const meta: Meta<Args> = {
  title: 'Widgets/Trace verifier',
  component: 'apotheca-trace-verifier',
  args: { locale: 'en', theme: undefined, mode: 'verify', locationId: '', colorPrimary: '' },
  argTypes: {
    locale: { control: 'inline-radio', options: ['en', 'zh-CN'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
    mode: { control: 'inline-radio', options: ['verify', 'dispense'] },
    colorPrimary: { control: 'color' },
  },
  render: (args) => html`<apotheca-trace-verifier
    api-base=${API_BASE}
    locale=${args.locale}
    theme=${args.theme ?? 'light'}
    mode=${args.mode}
    location-id=${args.locationId || 'loc_bjxicheng01'}
    .tokenProvider=${() => mintSession()}
    .appearance=${args.colorPrimary ? { variables: { colorPrimary: args.colorPrimary } } : undefined}
  ></apotheca-trace-verifier>`,
};

export default meta;

/** Nothing checked yet: the three ways in. */
export const Empty: Story = {};

export const EmptyChinese: Story = { args: { locale: 'zh-CN' } };

export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
};

/** `appearance` maps onto the `--apotheca-*` custom properties. */
export const Themed: Story = { args: { colorPrimary: '#7a1fa2' } };

/** A typo is caught offline, before any request, with the position. */
export const MistypedCode: Story = {
  play: async ({ canvasElement }) => {
    await enterCode(canvasElement, CODES.mistyped);
    await waitFor(() =>
      expect(inShadow(canvasElement, '#code-error').textContent).toContain('check digit'),
    );
  },
};

/** The request is still on its way. */
export const Verifying: Story = {
  parameters: {
    msw: [http.post(`${API_BASE}/v1/trace/verifications`, () => delay('infinite'))],
  },
  play: async ({ canvasElement }) => {
    await enterCode(canvasElement, CODES.verified);
    await waitFor(() => expect(inShadow(canvasElement, '[part="loading"]')).toBeTruthy());
  },
};

export const Verified: Story = checkCode(CODES.verified, 'Genuine pack');
export const VerifiedChinaCode: Story = {
  ...checkCode(CODES.china, '正品'),
  args: { locale: 'zh-CN' },
};
export const VerifiedDark: Story = {
  ...checkCode(CODES.verified, 'Genuine pack'),
  args: { theme: 'dark' },
};
export const TemperatureExcursion: Story = checkCode(CODES.temperatureExcursion, 'Genuine pack');
export const AlreadyDispensed: Story = checkCode(CODES.alreadyDispensed, 'Already dispensed');
export const Recalled: Story = checkCode(CODES.recalled, 'Recalled: do not use');
export const RecalledChinese: Story = {
  ...checkCode(CODES.recalled, '已召回，请勿使用'),
  args: { locale: 'zh-CN' },
};
export const Expired: Story = checkCode(CODES.expired, 'Expired: do not use');
export const Suspect: Story = checkCode(CODES.suspect, 'Possibly not genuine');
export const NotFound: Story = checkCode(CODES.notFound, 'Code not found');
export const Mismatch: Story = checkCode(CODES.mismatch, 'Details do not match');
export const DataIncomplete: Story = checkCode(CODES.dataIncomplete, 'Source data incomplete');
export const SecondaryVerificationRequired: Story = checkCode(
  CODES.secondary,
  'Needs a second check',
);

/** A pharmacy counter: verify, then dispense. */
export const Dispense: Story = {
  args: { mode: 'dispense' },
  play: async ({ canvasElement }) => {
    await enterCode(canvasElement, CODES.dispensable);
    await expectHeading(canvasElement, 'Genuine pack');
    await userEvent.click(inShadow(canvasElement, '[part="dispense"] button'));
    await waitFor(() =>
      expect(inShadow(canvasElement, '#dispensed-heading').textContent).toBe('Dispensed'),
    );
  },
};

export const NetworkError: Story = {
  parameters: {
    msw: [http.post(`${API_BASE}/v1/trace/verifications`, () => HttpResponse.error())],
  },
  play: async ({ canvasElement }) => {
    await enterCode(canvasElement, CODES.verified);
    await waitFor(
      () =>
        expect(inShadow(canvasElement, '[part="notice"]').textContent).toContain('could not reach'),
      { timeout: 15_000 },
    );
  },
};

export const SessionExpired: Story = {
  parameters: {
    msw: [
      http.post(`${API_BASE}/v1/trace/verifications`, () =>
        HttpResponse.json(
          {
            type: 'https://docs.apotheca.example/errors/token_expired',
            title: 'Token expired',
            status: 401,
            code: 'token_expired',
            request_id: 'req_story401',
          },
          { status: 401, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    ],
  },
  play: async ({ canvasElement }) => {
    await enterCode(canvasElement, CODES.verified);
    await waitFor(() =>
      expect(inShadow(canvasElement, '[part="notice"]').textContent).toContain('session has ended'),
    );
  },
};

/** A camera that shows a pack's DataMatrix (a canvas stream stands in for the device). */
export const CameraScan: Story = {
  beforeEach: withCamera(async () => symbolCameraStream(CODES.verified)),
  play: async ({ canvasElement }) => {
    await verifier(canvasElement).updateComplete;
    await userEvent.click(inShadow(canvasElement, '#camera-button'));
    await expectHeading(canvasElement, 'Genuine pack');
  },
};

/** The camera is on and nothing is in view yet. */
export const CameraScanning: Story = {
  beforeEach: withCamera(async () => blankCameraStream()),
  play: async ({ canvasElement }) => {
    await verifier(canvasElement).updateComplete;
    await userEvent.click(inShadow(canvasElement, '#camera-button'));
    await waitFor(() =>
      expect(inShadow<HTMLVideoElement>(canvasElement, 'video').srcObject).toBeTruthy(),
    );
  },
};

export const CameraDenied: Story = {
  beforeEach: withCamera(() =>
    Promise.reject(new DOMException('Permission denied', 'NotAllowedError')),
  ),
  play: async ({ canvasElement }) => {
    await verifier(canvasElement).updateComplete;
    await userEvent.click(inShadow(canvasElement, '#camera-button'));
    await waitFor(() =>
      expect(inShadow(canvasElement, '[part="notice"]').textContent).toContain(
        'Camera access is blocked',
      ),
    );
  },
};

export const PhotoWithoutCode: Story = {
  play: async ({ canvasElement }) => {
    await verifier(canvasElement).updateComplete;
    await userEvent.upload(inShadow<HTMLInputElement>(canvasElement, '#file'), await blankPhoto());
    await waitFor(
      () =>
        expect(inShadow(canvasElement, '[part="notice"]').textContent).toContain(
          'could not find a code',
        ),
      { timeout: 10_000 },
    );
  },
};
