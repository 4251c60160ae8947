import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../../test-support/axe';
import { $, record, shadow, text, until } from '../../test-support/dom';
import { requestsTo, useHandlers } from '../../test-support/mock-api';
import { blankPhoto, symbolPhoto } from '../../test-support/symbols';
import { mintVerifierSession, mountVerifier } from '../test-support';
import { configureDecoder, loadDecoder } from './decoder';

beforeEach(async () => {
  document.body.replaceChildren();
  await useHandlers([], '/mockServiceWorker.js');
});

beforeAll(() => {
  // Chromium on Linux has no BarcodeDetector; force zxing everywhere so the test means the same.
  configureDecoder({ prefer: 'zxing' });
});

/** The verify requests the widget sent to the (in-page) API. */
const verifyCalls = () => requestsTo('/v1/trace/verifications');

/** The code the widget sent to the API in its first verify call. */
function sentCode(): string | undefined {
  return (verifyCalls()[0]?.body as { code?: string } | undefined)?.code;
}

async function upload(file: File, attributes: Record<string, string> = {}) {
  const element = await mountVerifier(attributes, { sessionToken: await mintVerifierSession() });
  const scans = record(element, 'apotheca-scan');
  const errors = record(element, 'apotheca-error');
  await userEvent.upload($(element, '#file'), file);
  return { element, scans, errors };
}

describe('photo upload (zxing-wasm, lazily loaded)', () => {
  it('reads a GS1 DataMatrix into the exact element string a scanner sends', async () => {
    const photo = await symbolPhoto(
      'gs1datamatrix',
      '(01)09506000134352(17)291231(10)ABC123(21)SN0001',
    );
    const { element, scans } = await upload(photo);
    await until(() => verifyCalls().length === 1);
    expect(sentCode()).toBe(
      ']d2' + '0109506000134352' + '17291231' + '10ABC123' + '\u001d' + '21SN0001',
    );
    expect(scans.map((event) => event.detail)).toEqual([
      { source: 'upload', valid: true, format: 'gs1', gtin: '09506000134352' },
    ]);
    await until(() => shadow(element).querySelector('#result-heading') !== null);
  });

  it('reads a GS1 Digital Link QR code', async () => {
    const link = 'https://id.gs1.org/01/09506000134352/10/ABC123/21/SN0001';
    const { scans } = await upload(await symbolPhoto('qrcode', link));
    await until(() => verifyCalls().length === 1);
    expect(sentCode()).toBe(link);
    expect(scans[0]?.detail).toMatchObject({
      source: 'upload',
      valid: true,
      format: 'digital-link',
    });
  });

  it('reads a China 20-digit drug trace code', async () => {
    const { scans } = await upload(await symbolPhoto('datamatrix', '81234567890123456789'));
    await until(() => verifyCalls().length === 1);
    expect(sentCode()).toBe('81234567890123456789');
    expect(scans[0]?.detail).toMatchObject({ valid: true, format: 'china' });
  });

  it('checks a decoded code offline too: a bad one is shown in the field with the reason', async () => {
    const { element } = await upload(await symbolPhoto('qrcode', 'hello pharmacy'));
    await until(() => shadow(element).querySelector('#code-error') !== null);
    expect($<HTMLInputElement>(element, '#code').value).toBe('hello pharmacy');
    expect(text(element)).toContain('does not look like a medicine trace code');
    expect(verifyCalls()).toHaveLength(0);
  });

  it('explains a photo without a code and offers another photo', async () => {
    const { element, errors } = await upload(await blankPhoto(), { locale: 'en' });
    await until(() => shadow(element).querySelector('[part="notice"]') !== null);
    expect(text(element)).toContain('We could not find a code in this photo.');
    expect($(element, '.notice-action').textContent?.trim()).toBe('Upload a photo');
    expect(errors.map((event) => event.detail)).toEqual([
      { operation: 'decode', kind: 'device', code: 'no_code_found' },
    ]);
    expect(await axeViolations(element)).toEqual([]);
  });

  it('explains a file that is not an image, in Chinese', async () => {
    const file = new File(['not an image'], 'notes.txt', { type: 'text/plain' });
    const { element } = await upload(file, { locale: 'zh-CN' });
    await until(() => shadow(element).querySelector('[part="notice"]') !== null);
    expect(text(element)).toContain('无法读取此文件');
    expect(await axeViolations(element)).toEqual([]);
  });

  it('loads the decoder wasm from our own origin, never a CDN', async () => {
    const decoder = await loadDecoder();
    expect(decoder.kind).toBe('zxing');
    const wasm = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.includes('zxing_reader.wasm'));
    expect(wasm.length).toBeGreaterThan(0);
    for (const entry of wasm) expect(new URL(entry.name).origin).toBe(location.origin);
    expect(
      performance.getEntriesByType('resource').some((entry) => entry.name.includes('jsdelivr')),
    ).toBe(false);
  });
});

describe('decoder choice', () => {
  it('uses the native BarcodeDetector when it reads DataMatrix and QR', async () => {
    const detected: unknown[] = [];
    const scope = globalThis as { BarcodeDetector?: unknown };
    scope.BarcodeDetector = class {
      static async getSupportedFormats() {
        return ['qr_code', 'data_matrix', 'ean_13'];
      }
      async detect(image: unknown) {
        detected.push(image);
        return [{ rawValue: '81234567890123456789', format: 'data_matrix' }];
      }
    };
    try {
      configureDecoder({ prefer: 'auto' });
      const decoder = await loadDecoder();
      expect(decoder.kind).toBe('native');
      const found = await decoder.decode(new ImageData(4, 4));
      expect(found).toEqual({ text: '81234567890123456789', format: 'data_matrix' });
      expect(detected).toHaveLength(1);
    } finally {
      delete scope.BarcodeDetector;
      configureDecoder({ prefer: 'zxing' });
    }
  });

  it('falls back to zxing when the native detector lacks DataMatrix', async () => {
    const scope = globalThis as { BarcodeDetector?: unknown };
    // A detector that cannot read DataMatrix (as on some platforms).
    scope.BarcodeDetector = Object.assign(function BarcodeDetector() {}, {
      getSupportedFormats: async () => ['qr_code'],
    });
    try {
      configureDecoder({ prefer: 'auto' });
      expect((await loadDecoder()).kind).toBe('zxing');
    } finally {
      delete scope.BarcodeDetector;
      configureDecoder({ prefer: 'zxing' });
    }
  });
});

describe('decoder failure', () => {
  it('says so and offers a retry when the wasm cannot load, then recovers', async () => {
    configureDecoder({ prefer: 'zxing', wasmUrl: '/missing.wasm' });
    const photo = await symbolPhoto('datamatrix', '81234567890123456789');
    try {
      const { element, errors } = await upload(photo);
      await until(() => shadow(element).querySelector('[part="notice"]') !== null, 1200);
      expect(text(element)).toContain('The code reader could not load.');
      expect(errors.map((event) => event.detail)).toEqual([
        { operation: 'decode', kind: 'device', code: 'decoder_unavailable' },
      ]);
      configureDecoder({ wasmUrl: new URL('/zxing_reader.wasm', location.href).href });
      await userEvent.click($(element, '.notice-action'));
      await until(() => verifyCalls().length === 1, 1200);
    } finally {
      configureDecoder({ prefer: 'zxing', wasmUrl: undefined });
    }
  });
});
