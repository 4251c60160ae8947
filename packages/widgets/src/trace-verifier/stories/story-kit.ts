import type { StoryObj } from '@storybook/web-components-vite';
import { type HttpResponseResolver, http } from 'msw';
import { expect, userEvent, waitFor } from 'storybook/test';
import { API_BASE } from '../../test-support/mock-api';
import type { ApothecaTraceVerifier } from '../trace-verifier';

/** The story controls. */
export interface Args {
  locale: 'en' | 'zh-CN';
  theme: 'light' | 'dark' | 'auto' | undefined;
  mode: 'verify' | 'dispense';
  locationId: string;
  colorPrimary: string;
}

export type Story = StoryObj<Args>;

export const VERIFICATIONS = `${API_BASE}/v1/trace/verifications`;
export const DISPENSATIONS = `${API_BASE}/v1/trace/dispensations`;

export function verifier(canvasElement: HTMLElement): ApothecaTraceVerifier {
  const element = canvasElement.querySelector('apotheca-trace-verifier');
  if (!element) throw new Error('verifier not rendered');
  return element;
}

export function inShadow<T extends Element = HTMLElement>(
  canvasElement: HTMLElement,
  selector: string,
): T {
  const found = verifier(canvasElement).shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`not found: ${selector}`);
  return found;
}

/** Waits until the shadow root's `selector` contains `text`. */
export function expectText(
  canvasElement: HTMLElement,
  selector: string,
  text: string,
  timeout = 5000,
): Promise<void> {
  return waitFor(() => expect(inShadow(canvasElement, selector).textContent).toContain(text), {
    timeout,
  });
}

/** Types a code in the manual field and submits it, as a person would. */
export async function enterCode(canvasElement: HTMLElement, code: string): Promise<void> {
  const element = verifier(canvasElement);
  await element.updateComplete;
  await userEvent.type(inShadow(canvasElement, '#code'), code);
  await userEvent.click(inShadow(canvasElement, 'button[type="submit"]'));
}

export async function expectHeading(canvasElement: HTMLElement, text: string): Promise<void> {
  await waitFor(() => expect(inShadow(canvasElement, '#result-heading').textContent).toBe(text), {
    timeout: 5000,
  });
}

/** Stubs `getUserMedia` for one story; Storybook runs the returned cleanup after it. */
export function withCamera(
  getUserMedia: MediaDevices['getUserMedia'] | undefined,
): () => () => void {
  return () => {
    const devices = navigator.mediaDevices as {
      getUserMedia: MediaDevices['getUserMedia'] | undefined;
    };
    const original = devices.getUserMedia;
    devices.getUserMedia = getUserMedia;
    return () => {
      devices.getUserMedia = original;
    };
  };
}

/** Presses the camera button once the widget has rendered. */
export async function startCamera(canvasElement: HTMLElement): Promise<void> {
  await verifier(canvasElement).updateComplete;
  await userEvent.click(inShadow(canvasElement, '#camera-button'));
}

/** A story that checks `code` and expects the result heading `heading`. */
export function checkCode(code: string, heading: string): Story {
  return {
    play: async ({ canvasElement }) => {
      await enterCode(canvasElement, code);
      await expectHeading(canvasElement, heading);
    },
  };
}

/** A story where the camera fails to start with `error` and the widget explains `text`. */
export function cameraFailure(error: unknown, text: string): Story {
  return {
    beforeEach: withCamera(() => Promise.reject(error)),
    play: async ({ canvasElement }) => {
      await startCamera(canvasElement);
      await expectText(canvasElement, '[part="notice"]', text);
    },
  };
}

/** A story where verifications answer with `resolver` and the notice says `text`. */
export function verifyError(code: string, resolver: HttpResponseResolver, text: string): Story {
  return {
    parameters: { msw: [http.post(VERIFICATIONS, resolver)] },
    play: async ({ canvasElement }) => {
      await enterCode(canvasElement, code);
      await expectText(canvasElement, '[part="notice"]', text);
    },
  };
}
