import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbort } from '../../platform/errors/problem';
import { Camera, CameraError, type CameraFailure } from './camera';
import { loadDecoder } from './decoder';
import { scanVideo } from './scan-video';

/** What the camera is doing. */
export type CameraState =
  | { name: 'off' }
  | { name: 'starting' }
  | { name: 'scanning'; torch: boolean }
  | { name: 'paused' }
  | { name: 'failed'; reason: CameraFailure };

/** What the controller tells its widget. */
export interface CameraEvents {
  /** The state changed (announce it). */
  onState(state: CameraState): void;
  /** A symbol was read; the camera is already off. */
  onCode(text: string): void;
  /** Starting or scanning failed for a reason other than the camera (e.g. the decoder). */
  onError(error: unknown): void;
}

type CameraHost = ReactiveControllerHost &
  HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * The verifier's camera: start, scan until a code is read, torch and camera switch, and off
 * whenever the widget or the page is hidden or removed, so the camera light never stays on.
 */
export class CameraController implements ReactiveController {
  readonly #host: CameraHost;
  readonly #events: CameraEvents;
  readonly #device = new Camera();
  #state: CameraState = { name: 'off' };
  #scan: AbortController | undefined;
  #visibility: IntersectionObserver | undefined;
  readonly #onPageHidden = () => {
    if (document.visibilityState === 'hidden') this.pause();
  };

  constructor(host: CameraHost, events: CameraEvents) {
    this.#host = host;
    this.#events = events;
    host.addController(this);
  }

  get state(): CameraState {
    return this.#state;
  }

  /** Starting or scanning. */
  get active(): boolean {
    return this.#state.name === 'starting' || this.#state.name === 'scanning';
  }

  get hasTorch(): boolean {
    return this.#device.hasTorch;
  }

  get deviceCount(): number {
    return this.#device.deviceCount;
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#onPageHidden);
    if (typeof IntersectionObserver === 'function') {
      this.#visibility = new IntersectionObserver((entries) => {
        if (entries.some((entry) => !entry.isIntersecting)) this.pause();
      });
      this.#visibility.observe(this.#host);
    }
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#onPageHidden);
    this.#visibility?.disconnect();
    this.#visibility = undefined;
    this.stop();
  }

  hostUpdated(): void {
    // The stream is attached after render, when the <video> exists.
    const stream = this.#device.stream;
    const video = this.#video();
    if (video && stream && video.srcObject !== stream) {
      video.srcObject = stream;
      video.play().catch(() => undefined);
    }
  }

  /** Stops every camera track and the scan loop. */
  stop(next: CameraState = { name: 'off' }): void {
    this.#scan?.abort();
    this.#scan = undefined;
    this.#device.stop();
    const video = this.#video();
    if (video) video.srcObject = null;
    this.#set(next);
  }

  /** Turns the camera off because the widget or page was hidden, and says why. */
  pause(): void {
    if (this.active) this.stop({ name: 'paused' });
  }

  toggle(): void {
    if (this.active) this.stop();
    else void this.start();
  }

  async toggleTorch(): Promise<void> {
    if (this.#state.name !== 'scanning') return;
    const on = !this.#state.torch;
    if (await this.#device.setTorch(on)) this.#set({ name: 'scanning', torch: on });
  }

  async start(deviceSwitch = false): Promise<void> {
    this.#scan?.abort();
    const scan = new AbortController();
    this.#scan = scan;
    this.#set({ name: 'starting' });
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
      this.#set({ name: 'scanning', torch: false });
      await this.#host.updateComplete;
      const video = this.#video();
      if (!video) throw new Error('video element missing');
      const symbol = await scanVideo(video, await decoder, scan.signal);
      this.stop();
      this.#events.onCode(symbol.text);
    } catch (error) {
      if (isAbort(error) || scan.signal.aborted) return;
      this.#device.stop();
      if (error instanceof CameraError) {
        this.#set({ name: 'failed', reason: error.reason });
      } else {
        this.#set({ name: 'off' });
      }
      this.#events.onError(error);
    }
  }

  #video(): HTMLVideoElement | null {
    return this.#host.renderRoot.querySelector('video');
  }

  #set(state: CameraState): void {
    const changed = state.name !== this.#state.name;
    this.#state = state;
    this.#host.requestUpdate();
    if (changed) this.#events.onState(state);
  }
}
