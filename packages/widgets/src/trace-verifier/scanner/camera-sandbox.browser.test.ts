import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { $, record, shadow, until } from '../../test-support/dom';
import '../define';
import type { ApothecaTraceVerifier } from '../trace-verifier';
import { configureDecoder } from './decoder';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('camera scan against the sandbox (Chromium fake camera showing a GS1 DataMatrix)', () => {
  it('scans, verifies over HTTP, dispenses, and leaves no camera track live', async () => {
    configureDecoder({ prefer: 'zxing' });
    const sandboxUrl = inject('sandboxUrl');
    const token = await commands.mintWidgetSession(sandboxUrl, location.origin, [
      'trace:verify',
      'trace:dispense',
    ]);
    const streams: MediaStream[] = [];
    const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    vi.spyOn(navigator.mediaDevices, 'getUserMedia').mockImplementation(async (constraints) => {
      const stream = await original(constraints);
      streams.push(stream);
      return stream;
    });

    const element = document.createElement('apotheca-trace-verifier') as ApothecaTraceVerifier;
    element.setAttribute('api-base', sandboxUrl);
    element.setAttribute('mode', 'dispense');
    element.setAttribute('location-id', 'loc_bjxicheng01');
    element.sessionToken = token;
    document.body.append(element);
    await element.updateComplete;
    const scans = record(element, 'apotheca-scan');
    const verified = record(element, 'apotheca-verified');
    const dispensed = record(element, 'apotheca-dispensed');

    await userEvent.click($(element, '#camera-button'));
    await until(() => verified.length === 1, 1200);
    expect(scans[0]?.detail).toEqual({
      source: 'camera',
      valid: true,
      format: 'gs1',
      gtin: '06905782200119',
    });
    expect(verified[0]?.detail).toMatchObject({ status: 'verified', dispensable: true });
    expect(verified[0]?.detail.verificationId).toMatch(/^tv_/);
    await until(
      () => shadow(element).querySelector('#result-heading')?.textContent === 'Genuine pack',
    );
    // Done scanning: the camera is off.
    expect(streams.length).toBeGreaterThan(0);
    for (const track of streams.flatMap((stream) => stream.getTracks())) {
      expect(track.readyState).toBe('ended');
    }

    await userEvent.click($(element, '[part="dispense"] button'));
    await until(() => dispensed.length === 1, 600);
    expect(dispensed[0]?.detail).toMatchObject({ locationId: 'loc_bjxicheng01' });
    expect(dispensed[0]?.detail.dispensationId).toMatch(/^disp_/);
  });
});
