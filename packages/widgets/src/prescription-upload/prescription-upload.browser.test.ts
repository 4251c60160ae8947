import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../test-support/axe';
import { $, focused, record, shadow, text, until } from '../test-support/dom';
import { API_BASE, requestsTo } from '../test-support/mock-api';
import {
  choose,
  LIQIANG,
  mountUpload,
  override,
  photos,
  resetPage,
  reviewUpload,
  send,
  uploadAs,
  WANGFANG,
} from './test-support';

beforeEach(resetPage);

const UPLOADS = '/v1/prescription-uploads';

describe('<apotheca-prescription-upload> picking a photo', () => {
  it('offers take and choose, labelled and accessible (en)', async () => {
    const element = await mountUpload();
    expect($(element, 'h2').textContent).toBe('Send a photo of your prescription');
    const take = $<HTMLInputElement>(element, '#take');
    expect(take.getAttribute('capture')).toBe('environment');
    expect($(element, 'label[for="take"]').textContent?.trim()).toBe('Take a photo');
    expect($(element, 'label[for="choose"]').textContent?.trim()).toBe('Choose a photo');
    expect($(element, '[aria-current="step"]').textContent).toBe('Check the photo');
    expect(await axeViolations(element)).toEqual([]);
  });

  it('speaks Chinese from the page lang', async () => {
    document.documentElement.lang = 'zh-CN';
    const element = await mountUpload();
    expect($(element, 'h2').textContent).toBe('上传处方照片');
    expect($(element, 'label[for="take"]').textContent?.trim()).toBe('拍照');
    expect(await axeViolations(element)).toEqual([]);
  });

  it.each([
    ['blurry', 'The photo is blurry.', /Hold the phone steady/],
    ['dark', 'The photo is too dark.', /Turn on a light/],
    ['cutOff', 'Part of the page is cut off.', /four edges/],
  ] as const)(
    'a %s photo gets specific advice on the device and sends nothing',
    async (kind, problem, advice) => {
      const element = await mountUpload();
      const retakes = record(element, 'apotheca-photo-retake');
      await choose(element, await photos[kind]());
      expect($(element, '#retake-heading').textContent).toBe('Please take the photo again');
      expect(focused(element)?.id).toBe('retake-heading');
      expect($(element, '.advice li strong').textContent).toBe(problem);
      expect($(element, '.advice li').textContent).toMatch(advice);
      expect(retakes.map((e) => e.detail.checked)).toEqual(['device']);
      expect(requestsTo(UPLOADS).filter((r) => r.method === 'POST')).toEqual([]);
      expect(await axeViolations(element)).toEqual([]);
    },
  );

  it('gives the advice in Chinese too', async () => {
    document.documentElement.lang = 'zh-CN';
    const element = await mountUpload();
    await choose(element, await photos.blurry());
    expect($(element, '#retake-heading').textContent).toBe('请重新拍摄');
    expect($(element, '.advice li strong').textContent).toBe('照片模糊。');
    expect(await axeViolations(element)).toEqual([]);
  });

  it('says so when the file is not a photo it can open', async () => {
    const element = await mountUpload();
    await choose(element, photos.notAPhoto());
    expect(text(element)).toContain('This file is not a photo we can open.');
    expect(await axeViolations(element)).toEqual([]);
  });
});

describe('sending', () => {
  it('sends a clear photo with a note, once, and shows the review status', async () => {
    const element = await mountUpload();
    const uploaded = record(element, 'apotheca-prescription-uploaded');
    await choose(element, await photos.sharp());
    expect($(element, '#ready-heading').textContent).toBe('The photo looks clear');
    expect($<HTMLImageElement>(element, '[part="preview"]').src).toMatch(/^blob:/);
    expect(await axeViolations(element)).toEqual([]);
    await userEvent.fill($(element, '#note'), 'Second page follows');
    await send(element);
    await until(() => shadow(element).querySelector('#status-heading') !== null);
    expect($(element, '#status-heading').textContent).toContain('Waiting for the pharmacist');
    expect(focused(element)?.id).toBe('status-heading');
    expect(uploaded.map((e) => e.detail)).toEqual([
      { upload_id: expect.stringMatching(/^pu_/), status: 'pending_review' },
    ]);
    const posts = requestsTo(UPLOADS).filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.idempotencyKey).toBeTruthy();
    await until(() => shadow(element).querySelector('[part="history"] li') !== null);
    expect($(element, '[part="history"] li').dataset.status).toBe('pending_review');
    expect(await axeViolations(element)).toEqual([]);
  });

  it('shows the retake advice when the server refuses the photo', async () => {
    await override(
      http.post(`${API_BASE}${UPLOADS}`, () =>
        HttpResponse.json(
          {
            type: 'https://docs.apotheca.dev/errors/photo_quality_insufficient',
            title: 'Photo not readable',
            status: 422,
            code: 'photo_quality_insufficient',
            detail: 'The photo is too dark.',
            issues: [{ code: 'too_dark', measured: 40, threshold: 90, reason: 'x' }],
          },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const element = await mountUpload();
    const retakes = record(element, 'apotheca-photo-retake');
    await choose(element, await photos.sharp());
    await send(element);
    await until(() => shadow(element).querySelector('#retake-heading') !== null);
    expect(text(element)).toContain('Our pharmacy could not read this photo:');
    expect($(element, '.advice li').dataset.issue).toBe('too_dark');
    expect(retakes.map((e) => e.detail)).toEqual([{ checked: 'server', issues: ['too_dark'] }]);
    expect(await axeViolations(element)).toEqual([]);
  });

  it('retries through a 500 and a dropped connection with one key: one upload stored', async () => {
    let calls = 0;
    await override(
      http.post(`${API_BASE}${UPLOADS}`, () => {
        calls += 1;
        if (calls === 1) return HttpResponse.json({ code: 'internal' }, { status: 500 });
        if (calls === 2) return HttpResponse.error();
        return undefined;
      }),
    );
    const element = await mountUpload();
    await choose(element, await photos.sharp());
    await send(element);
    await until(() => shadow(element).querySelector('#status-heading') !== null);
    const keys = requestsTo(UPLOADS)
      .filter((r) => r.method === 'POST')
      .map((r) => r.idempotencyKey);
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
    await until(() => shadow(element).querySelectorAll('[part="history"] li').length > 0);
    expect(shadow(element).querySelectorAll('[part="history"] li')).toHaveLength(1);
  });

  it('after the retries run out: the reason, and Retry sends under the same key', async () => {
    let down = true;
    await override(
      http.post(`${API_BASE}${UPLOADS}`, () => (down ? HttpResponse.error() : undefined)),
    );
    const element = await mountUpload();
    await choose(element, await photos.sharp());
    await send(element);
    await until(() => shadow(element).querySelector('[part="notice"]') !== null);
    expect(focused(element)?.classList.contains('notice-action')).toBe(true);
    expect(await axeViolations(element)).toEqual([]);
    const first = requestsTo(UPLOADS).find((r) => r.method === 'POST')?.idempotencyKey;
    down = false;
    await userEvent.click($(element, '.notice-action'));
    await until(() => shadow(element).querySelector('#status-heading') !== null);
    expect(
      requestsTo(UPLOADS)
        .filter((r) => r.method === 'POST')
        .at(-1)?.idempotencyKey,
    ).toBe(first);
  });
});

describe("the pharmacist's review", () => {
  async function sent() {
    const element = await mountUpload();
    await choose(element, await photos.sharp());
    await send(element);
    await until(() => shadow(element).querySelector('#status-heading') !== null);
    const id = $(element, '[part="status"]').dataset.upload ?? '';
    return { element, id };
  }

  it('Check status shows an accepted prescription', async () => {
    const { element, id } = await sent();
    const reviewed = record(element, 'apotheca-upload-reviewed');
    await reviewUpload(id, 'approve');
    await userEvent.click($(element, 'button.check'));
    await until(() => $(element, '[part="status"]').dataset.status === 'transcribed');
    expect($(element, '#status-heading').textContent).toContain('Your prescription was accepted');
    expect(reviewed.map((e) => e.detail.status)).toEqual(['transcribed']);
    expect(shadow(element).querySelector('button.check')).toBeNull();
    expect(await axeViolations(element)).toEqual([]);
  });

  it("Check status shows a rejection with the pharmacist's reason, in Chinese", async () => {
    document.documentElement.lang = 'zh-CN';
    const { element, id } = await sent();
    await reviewUpload(id, 'reject', '处方已过期');
    await userEvent.click($(element, 'button.check'));
    await until(() => $(element, '[part="status"]').dataset.status === 'rejected');
    expect($(element, '#status-heading').textContent).toContain('药师未能通过审核');
    expect($(element, '.reason').textContent).toBe('原因：处方已过期');
    expect(await axeViolations(element)).toEqual([]);
  });
});

describe('keyboard and privacy', () => {
  it('works with the keyboard alone after the photo is picked', async () => {
    const element = await mountUpload();
    $(element, '#take').focus();
    await userEvent.keyboard('{Tab}');
    expect(focused(element)?.id).toBe('choose');
    await choose(element, await photos.sharp());
    expect(focused(element)?.id).toBe('ready-heading');
    await userEvent.keyboard('{Tab}');
    expect(focused(element)?.id).toBe('note');
    await userEvent.keyboard('{Tab}');
    expect(focused(element)?.textContent?.trim()).toBe('Send to the pharmacist');
    await userEvent.keyboard('{Enter}');
    await until(() => shadow(element).querySelector('#status-heading') !== null);
    await userEvent.keyboard('{Tab}');
    expect(focused(element)?.textContent?.trim()).toBe('Check status');
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('{Enter}');
    // Send another photo: focus back on the first picker, never lost to the page.
    await until(() => shadow(element).querySelector('[part="status"]') === null);
    await until(() => focused(element)?.id === 'take');
  });

  it("a session for 王芳 lists her own upload, never 李强's", async () => {
    await uploadAs(LIQIANG, await photos.sharp());
    const own = await uploadAs(WANGFANG, await photos.sharp());
    const element = await mountUpload();
    await until(() => shadow(element).querySelector('[part="history"] li') !== null);
    const listed = [...shadow(element).querySelectorAll<HTMLElement>('[part="history"] li')];
    expect(listed.map((li) => li.dataset.upload)).toEqual([own]);
  });
});
