import { problemResponse } from '@apotheca/mock';
import { TRACE_CODES as CODES } from '@apotheca/testing';
import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, HttpResponse, http } from 'msw';
import { expect, userEvent, waitFor } from 'storybook/test';
import { API_BASE, instantRetries, mintSession } from '../test-support/mock-api';
import {
  blankCameraStream,
  blankPhoto,
  symbolCameraStream,
  symbolPhoto,
} from '../test-support/symbols';
import './define';
import { configureDecoder } from './scanner/decoder';
import {
  type Args,
  cameraFailure,
  checkCode,
  DISPENSATIONS,
  enterCode,
  expectHeading,
  expectText,
  inShadow,
  type Story,
  startCamera,
  VERIFICATIONS,
  verifier,
  verifyError,
  withCamera,
} from './stories/story-kit';

// Every story name is a state of `traceVerifierStates()` (states.ts) or a variant of one; the
// Storybook test fails when a state has no story.
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
    .clientOptions=${instantRetries}
    .appearance=${args.colorPrimary ? { variables: { colorPrimary: args.colorPrimary } } : undefined}
  ></apotheca-trace-verifier>`,
};

export default meta;

// ---- entry ---------------------------------------------------------------------------------

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
    await expectText(canvasElement, '#code-error', 'check digit');
  },
};

/** The request is still on its way. */
export const Verifying: Story = {
  parameters: { msw: [http.post(VERIFICATIONS, () => delay('infinite'))] },
  play: async ({ canvasElement }) => {
    await enterCode(canvasElement, CODES.genuine);
    await expectText(canvasElement, '[part="loading"]', 'Checking the pack');
  },
};

// ---- results -------------------------------------------------------------------------------

export const Verified: Story = checkCode(CODES.genuine, 'Genuine pack');
export const VerifiedChinaCode: Story = {
  ...checkCode(CODES.genuineChina, '正品'),
  args: { locale: 'zh-CN' },
};
export const VerifiedDark: Story = {
  ...checkCode(CODES.genuine, 'Genuine pack'),
  args: { theme: 'dark' },
};
export const TemperatureExcursion: Story = checkCode(CODES.coldExcursion, 'Genuine pack');
export const AlreadyDispensed: Story = checkCode(CODES.dispensed, 'Already dispensed');
export const Recalled: Story = checkCode(CODES.recalled, 'Recalled: do not use');
export const RecalledChinese: Story = {
  ...checkCode(CODES.recalled, '已召回，请勿使用'),
  args: { locale: 'zh-CN' },
};
export const Expired: Story = checkCode(CODES.expired, 'Expired: do not use');
export const Suspect: Story = checkCode(CODES.suspect, 'Possibly not genuine');
export const NotFound: Story = checkCode(CODES.notFound, 'Code not found');
export const Mismatch: Story = checkCode(CODES.lotMismatch, 'Details do not match');
export const DataIncomplete: Story = checkCode(CODES.gap, 'Source data incomplete');
export const SecondaryVerificationRequired: Story = checkCode(
  CODES.unmapped,
  'Needs a second check',
);

// ---- dispensing ----------------------------------------------------------------------------

/** A pharmacy counter: a dispensable pack is offered for dispensing. */
export const Dispense: Story = {
  args: { mode: 'dispense' },
  play: async ({ canvasElement }) => {
    await enterCode(canvasElement, CODES.dispensable(3));
    await expectText(canvasElement, '[part="dispense"] button', 'Dispense this pack');
  },
};

function dispenseStory(text: string, selector = '[part="dispense"]'): Story['play'] {
  return async ({ canvasElement }) => {
    await enterCode(canvasElement, CODES.dispensable(3));
    await expectHeading(canvasElement, 'Genuine pack');
    await userEvent.click(inShadow(canvasElement, '[part="dispense"] button'));
    await expectText(canvasElement, selector, text);
  };
}

export const Dispensing: Story = {
  args: { mode: 'dispense' },
  parameters: { msw: [http.post(DISPENSATIONS, () => delay('infinite'))] },
  play: dispenseStory('Dispensing…'),
};
export const Dispensed: Story = {
  args: { mode: 'dispense' },
  play: dispenseStory('Dispensed', '#dispensed-heading'),
};
export const DispenseFailed: Story = {
  args: { mode: 'dispense' },
  parameters: {
    msw: [http.post(DISPENSATIONS, () => problemResponse(503, 'service_unavailable'))],
  },
  play: dispenseStory('Something went wrong on our side'),
};

// ---- errors (per-story msw overrides; core's retries run on the instant clock) ------------

export const ErrorOffline: Story = verifyError(
  CODES.genuine,
  () => HttpResponse.error(),
  'could not reach',
);
export const ErrorTimeout: Story = verifyError(
  CODES.genuine,
  () => problemResponse(408, 'request_timeout'),
  'took too long',
);
export const ErrorSession: Story = verifyError(
  CODES.genuine,
  () => problemResponse(401, 'token_expired'),
  'session has ended',
);
export const ErrorPermission: Story = verifyError(
  CODES.genuine,
  () => problemResponse(403, 'insufficient_scope'),
  'not allowed to do that',
);
export const ErrorRateLimited: Story = verifyError(
  CODES.genuine,
  () => problemResponse(429, 'rate_limited', { headers: { 'Retry-After': '0' } }),
  'Too many requests',
);
export const ErrorServer: Story = verifyError(
  CODES.genuine,
  () => problemResponse(503, 'service_unavailable'),
  'went wrong on our side',
);
export const ErrorUnknown: Story = verifyError(
  CODES.genuine,
  () => problemResponse(400, 'invalid_request'),
  'Something went wrong. Please try again.',
);

// ---- camera --------------------------------------------------------------------------------

/** A camera that shows a pack's DataMatrix (a canvas stream stands in for the device). */
export const CameraScan: Story = {
  beforeEach: withCamera(async () => symbolCameraStream(CODES.genuine)),
  play: async ({ canvasElement }) => {
    await startCamera(canvasElement);
    await expectHeading(canvasElement, 'Genuine pack');
  },
};

/** Waiting for the browser's permission prompt. */
export const CameraStarting: Story = {
  beforeEach: withCamera(() => new Promise<MediaStream>(() => undefined)),
  play: async ({ canvasElement }) => {
    await startCamera(canvasElement);
    await expectText(canvasElement, '[part="camera"]', 'Starting the camera');
  },
};

/** The camera is on and nothing is in view yet. */
export const CameraScanning: Story = {
  beforeEach: withCamera(async () => blankCameraStream()),
  play: async ({ canvasElement }) => {
    await startCamera(canvasElement);
    await waitFor(() =>
      expect(inShadow<HTMLVideoElement>(canvasElement, 'video').srcObject).toBeTruthy(),
    );
  },
};

/** The widget scrolled out of view: the camera turned itself off and says so. */
export const CameraPaused: Story = {
  beforeEach: withCamera(async () => blankCameraStream()),
  play: async ({ canvasElement }) => {
    await startCamera(canvasElement);
    await waitFor(() =>
      expect(inShadow<HTMLVideoElement>(canvasElement, 'video').srcObject).toBeTruthy(),
    );
    const element = verifier(canvasElement);
    element.hidden = true;
    await waitFor(() => expect(element.shadowRoot?.querySelector('video')).toBeNull());
    element.hidden = false;
    await expectText(canvasElement, '[part="base"]', 'The camera was turned off');
  },
};

export const CameraDenied: Story = cameraFailure(
  new DOMException('Permission denied', 'NotAllowedError'),
  'Camera access is blocked',
);
export const CameraNoCamera: Story = cameraFailure(
  new DOMException('No camera', 'NotFoundError'),
  'No camera was found',
);
export const CameraBusy: Story = cameraFailure(
  new DOMException('In use', 'NotReadableError'),
  'being used by another app',
);
export const CameraFailed: Story = cameraFailure(new TypeError('broken'), 'could not start');
export const CameraUnsupported: Story = {
  beforeEach: withCamera(undefined),
  play: async ({ canvasElement }) => {
    await startCamera(canvasElement);
    await expectText(canvasElement, '[part="notice"]', 'cannot use a camera here');
  },
};

// ---- photos --------------------------------------------------------------------------------

async function uploadPhoto(canvasElement: HTMLElement, file: File): Promise<void> {
  await verifier(canvasElement).updateComplete;
  await userEvent.upload(inShadow<HTMLInputElement>(canvasElement, '#file'), file);
}

/** Restores the Storybook's decoder settings (see .storybook/preview.ts) after a story. */
function withDecoder(wasmUrl: string): () => () => void {
  return () => {
    configureDecoder({ prefer: 'zxing', wasmUrl });
    return () =>
      configureDecoder({
        prefer: 'auto',
        wasmUrl: new URL('zxing/zxing_reader.wasm', document.baseURI).href,
      });
  };
}

/** The decoder is still loading: the photo is being read. */
export const ReadingPhoto: Story = {
  beforeEach: withDecoder(`${API_BASE}/slow/zxing_reader.wasm`),
  parameters: { msw: [http.get(`${API_BASE}/slow/zxing_reader.wasm`, () => delay('infinite'))] },
  play: async ({ canvasElement }) => {
    await uploadPhoto(canvasElement, await symbolPhoto('datamatrix', CODES.genuineChina));
    await expectText(canvasElement, '[part="loading"]', 'Reading the photo');
  },
};

export const PhotoNoCodeFound: Story = {
  play: async ({ canvasElement }) => {
    await uploadPhoto(canvasElement, await blankPhoto());
    await expectText(canvasElement, '[part="notice"]', 'could not find a code', 10_000);
  },
};

/** A file that is no image (the person chose "All files" in the dialog). */
export const PhotoNotAnImage: Story = {
  play: async ({ canvasElement }) => {
    await verifier(canvasElement).updateComplete;
    // user-event honours `accept="image/*"` and would drop the file: choose it as a dialog does.
    const input = inShadow<HTMLInputElement>(canvasElement, '#file');
    const chosen = new DataTransfer();
    chosen.items.add(new File(['notes'], 'notes.txt', { type: 'text/plain' }));
    input.files = chosen.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await expectText(canvasElement, '[part="notice"]', 'not a photo we can read');
  },
};

export const PhotoDecoderFailed: Story = {
  beforeEach: withDecoder(`${API_BASE}/missing/zxing_reader.wasm`),
  play: async ({ canvasElement }) => {
    await uploadPhoto(canvasElement, await symbolPhoto('datamatrix', CODES.genuineChina));
    await expectText(canvasElement, '[part="notice"]', 'code reader could not load', 10_000);
  },
};
