import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../../test-support/axe';
import { $, record, shadow, text, until } from '../../test-support/dom';
import { blankCameraStream } from '../../test-support/symbols';
import { mountVerifier } from '../test-support';
import type { ApothecaTraceVerifier } from '../trace-verifier';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

/** Serves `stream` to the widget's getUserMedia and records the constraints it asked for. */
function provideStream(stream: MediaStream | (() => MediaStream)) {
  const requests: MediaStreamConstraints[] = [];
  const streams: MediaStream[] = [];
  vi.spyOn(navigator.mediaDevices, 'getUserMedia').mockImplementation(async (constraints) => {
    requests.push(constraints ?? {});
    const next = typeof stream === 'function' ? stream() : stream;
    streams.push(next);
    return next;
  });
  return { requests, streams };
}

async function mountAndStart(
  attributes: Record<string, string> = {},
): Promise<ApothecaTraceVerifier> {
  const element = await mountVerifier(attributes);
  await userEvent.click($(element, '#camera-button'));
  return element;
}

function live(stream: MediaStream | undefined): boolean {
  return stream?.getTracks().some((track) => track.readyState === 'live') ?? false;
}

describe('camera', () => {
  it('falls back to upload and manual entry with an explanation when permission is denied', async () => {
    vi.spyOn(navigator.mediaDevices, 'getUserMedia').mockRejectedValue(
      new DOMException('Permission denied', 'NotAllowedError'),
    );
    const element = await mountVerifier();
    const errors = record(element, 'apotheca-error');
    await userEvent.click($(element, '#camera-button'));
    await until(() => shadow(element).querySelector('[part="notice"]') !== null);
    expect(text(element)).toContain('Camera access is blocked.');
    expect(text(element)).toContain('upload a photo of the code or type it in below');
    expect(shadow(element).querySelector('#upload-button')).not.toBeNull();
    expect(shadow(element).querySelector('#code')).not.toBeNull();
    expect(errors.map((event) => event.detail)).toEqual([
      { operation: 'camera', kind: 'device', code: 'camera_denied' },
    ]);
    expect(await axeViolations(element)).toEqual([]);
  });

  it('explains a missing camera in Chinese', async () => {
    vi.spyOn(navigator.mediaDevices, 'getUserMedia').mockRejectedValue(
      new DOMException('none', 'NotFoundError'),
    );
    const element = await mountAndStart({ locale: 'zh-CN' });
    await until(() => shadow(element).querySelector('[part="notice"]') !== null);
    expect(text(element)).toContain('未找到摄像头');
  });

  it('shows the viewfinder while scanning and stops every track when Stop is pressed', async () => {
    const { streams } = provideStream(blankCameraStream);
    const element = await mountAndStart();
    await until(() => shadow(element).querySelector('video')?.srcObject === streams[0]);
    expect(live(streams[0])).toBe(true);
    expect($(element, '#camera-button').getAttribute('aria-pressed')).toBe('true');
    expect(text(element)).toContain('Hold the square code');
    expect(await axeViolations(element)).toEqual([]);
    await userEvent.click($(element, '#camera-button'));
    expect(live(streams[0])).toBe(false);
    expect(shadow(element).querySelector('video')).toBeNull();
  });

  it('stops every camera track when the widget is removed', async () => {
    const { streams } = provideStream(blankCameraStream);
    const element = await mountAndStart();
    await until(() => shadow(element).querySelector('video')?.srcObject === streams[0]);
    element.remove();
    for (const track of streams[0]?.getTracks() ?? []) expect(track.readyState).toBe('ended');
  });

  it('stops the camera when the widget is removed while the camera is still starting', async () => {
    let release: (stream: MediaStream) => void = () => undefined;
    const stream = blankCameraStream();
    vi.spyOn(navigator.mediaDevices, 'getUserMedia').mockImplementation(
      () => new Promise<MediaStream>((resolve) => (release = resolve)),
    );
    const element = await mountAndStart();
    element.remove();
    release(stream);
    await until(() => stream.getTracks().every((track) => track.readyState === 'ended'));
  });

  it('stops the camera when the widget is hidden and says why', async () => {
    const { streams } = provideStream(blankCameraStream);
    const element = await mountAndStart();
    await until(() => shadow(element).querySelector('video')?.srcObject === streams[0]);
    element.hidden = true;
    await until(() => !live(streams[0]));
    element.hidden = false;
    await until(() => text(element).includes('The camera was turned off'));
  });

  it('stops the camera when the page is hidden', async () => {
    const { streams } = provideStream(blankCameraStream);
    const element = await mountAndStart();
    await until(() => shadow(element).querySelector('video')?.srcObject === streams[0]);
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(live(streams[0])).toBe(false);
  });

  it('offers the torch and camera switch where the device has them', async () => {
    const cameras = [
      { deviceId: 'back', kind: 'videoinput', label: 'Back', groupId: 'g' },
      { deviceId: 'front', kind: 'videoinput', label: 'Front', groupId: 'g' },
    ] as MediaDeviceInfo[];
    vi.spyOn(navigator.mediaDevices, 'enumerateDevices').mockResolvedValue(cameras);
    const torchCalls: unknown[] = [];
    const { requests } = provideStream(() => {
      const stream = blankCameraStream();
      const [track] = stream.getVideoTracks();
      if (track) {
        track.getCapabilities = () => ({ torch: true }) as MediaTrackCapabilities;
        track.getSettings = () => ({ deviceId: 'back' });
        track.applyConstraints = async (constraints) => {
          torchCalls.push(constraints);
        };
      }
      return stream;
    });
    const element = await mountAndStart();
    await until(() => shadow(element).querySelector('.camera-controls') !== null);
    const [torch, switcher] =
      shadow(element).querySelectorAll<HTMLButtonElement>('.camera-controls button');
    expect(torch?.textContent).toContain('Light');
    expect(torch?.getAttribute('aria-pressed')).toBe('false');
    await userEvent.click(torch!);
    await until(() => torch?.getAttribute('aria-pressed') === 'true');
    expect(torchCalls).toEqual([{ advanced: [{ torch: true }] }]);
    expect(switcher?.textContent).toContain('Switch camera');
    await userEvent.click(switcher!);
    await until(() => requests.length === 2);
    expect(requests[1]?.video).toEqual({ deviceId: { exact: 'front' } });
  });
});
