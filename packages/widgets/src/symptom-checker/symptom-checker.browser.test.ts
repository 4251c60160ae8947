import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../test-support/axe';
import { $, focused, record, shadow, text, until } from '../test-support/dom';
import { API_BASE, requests, requestsTo } from '../test-support/mock-api';
import {
  answer,
  answerAll,
  currentStep,
  LIQIANG,
  mountChecker,
  override,
  resetPage,
  startWith,
  WANGFANG,
} from './test-support';

beforeEach(resetPage);

const GOUT = ['big_toe_pain', 'sudden_onset', 'hot_swollen_joint', 'diuretic_or_gout_history'];

describe('<apotheca-symptom-checker> entry', () => {
  it('prefills age and sex from the patient and is accessible (en)', async () => {
    const element = await mountChecker(LIQIANG);
    expect($(element, 'h2').textContent).toBe('Check your symptoms');
    expect($(element, '.about').textContent).toBe('For: 76 years, male');
    expect($(element, 'label[for="complaint"]').textContent).toBe('What is wrong?');
    expect(text(element)).toContain('not a diagnosis');
    expect(await axeViolations(element)).toEqual([]);
  });

  it('speaks Chinese from the page lang', async () => {
    document.documentElement.lang = 'zh-CN';
    const element = await mountChecker(WANGFANG);
    expect($(element, 'h2').textContent).toBe('症状自查');
    expect($(element, '.about').textContent).toBe('就诊人：70 岁，女');
    expect(await axeViolations(element)).toEqual([]);
  });
});

describe('offline red-flag screen', () => {
  it.each([
    ['crushing chest pain spreading to my left arm', 'Call 120 now'],
    ['胸口压榨样疼痛，出冷汗', 'Call 120 now'],
  ])('shows emergency advice while typing %s, with the network cut', async (complaint, title) => {
    const element = await mountChecker(LIQIANG);
    await override(http.all(`${API_BASE}/v1/*`, () => HttpResponse.error()));
    requests.length = 0;
    await userEvent.fill($(element, '#complaint'), complaint);
    await until(() => shadow(element).querySelector('[part="emergency"]') !== null);
    expect($(element, '#emergency-heading').textContent).toBe(title);
    expect($(element, 'a[href="tel:120"]').textContent).toContain('Call 120');
    expect(requests).toEqual([]); // nothing left the page
    expect(await axeViolations(element)).toEqual([]);
  });

  it('shows nothing for a harmless complaint', async () => {
    const element = await mountChecker(LIQIANG);
    await userEvent.fill($(element, '#complaint'), 'runny nose');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(shadow(element).querySelector('[part="emergency"]')).toBeNull();
  });
});

describe('seed stories', () => {
  it("painful leg, can't walk: follow-ups, then rheumatology", async () => {
    const element = await mountChecker(LIQIANG);
    const completed = record(element, 'apotheca-triage-completed');
    await startWith(element, "painful leg, can't walk");
    expect(currentStep(element)).toBe(1);
    expect(shadow(element).querySelector('legend')).not.toBeNull();
    expect($(element, 'summary').textContent).toContain('Why are we asking?');
    expect(await axeViolations(element)).toEqual([]);
    await answerAll(element, GOUT);
    expect($(element, '#result-heading').textContent).toContain('Book a consultation');
    expect($(element, '[part="departments"] li').textContent).toContain('Rheumatology');
    expect(completed.map((e) => e.detail)).toEqual([
      {
        interview_id: expect.stringMatching(/^tri_/),
        level: 'consult',
        department: 'rheumatology',
      },
    ]);
    await until(() => shadow(element).querySelector('[part="doctors"]') !== null);
    expect($(element, '[part="doctors"]').textContent).toContain('(Asia/Shanghai time)');
    expect(await axeViolations(element)).toEqual([]);
  });

  it('elderly palpitations (zh-CN): cardiology and a 12-lead ECG', async () => {
    document.documentElement.lang = 'zh-CN';
    const element = await mountChecker(WANGFANG);
    await startWith(element, '心慌');
    await answerAll(element, []);
    expect($(element, '[part="departments"] li').textContent).toContain('心内科');
    expect($(element, '[part="tests"]').textContent).toContain('心电图');
    expect(await axeViolations(element)).toEqual([]);
  });
});

describe('questions', () => {
  it('goes Back to the previous question and re-answers it', async () => {
    const element = await mountChecker(LIQIANG);
    await startWith(element, "painful leg, can't walk");
    const first = $(element, 'legend').textContent;
    await answer(element, []);
    expect(currentStep(element)).toBe(2);
    await userEvent.click(
      [...shadow(element).querySelectorAll('button')].find(
        (b) => b.textContent?.trim() === 'Back',
      ) ?? $(element, 'button'),
    );
    await until(() => currentStep(element) === 1);
    expect($(element, 'legend').textContent).toBe(first);
    await answer(element, []);
    expect(currentStep(element)).toBe(2);
    // Both answers were to step 1: the second replaced the first (Back), nothing got stuck.
    const steps = requests
      .filter((r) => r.path.endsWith('/answers'))
      .map((r) => (r.body as { step: number }).step);
    expect(steps).toEqual([1, 1]);
  });

  it('gives each question fresh inputs (a box ticked before is never sent again)', async () => {
    const element = await mountChecker(LIQIANG);
    await startWith(element, "painful leg, can't walk");
    await answer(element, ['calf_swelling', 'fever']);
    const inputs = [...shadow(element).querySelectorAll<HTMLInputElement>('fieldset input')];
    expect(inputs.length).toBeGreaterThan(0);
    expect(inputs.filter((input) => input.checked)).toEqual([]);
  });

  it('is usable with the keyboard alone', async () => {
    const element = await mountChecker(LIQIANG);
    $(element, '#complaint').focus();
    await userEvent.keyboard("painful leg, can't walk");
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await until(() => shadow(element).querySelector('#question-heading') !== null);
    expect(focused(element)?.id).toBe('question-heading');
    await userEvent.tab(); // the first checkbox
    await userEvent.keyboard(' ');
    expect(shadow(element).querySelector<HTMLInputElement>('fieldset input')?.checked).toBe(true);
  });
});

describe('result', () => {
  it('an emergency shows only the emergency actions', async () => {
    const element = await mountChecker(LIQIANG);
    await startWith(element, 'crushing chest pain spreading to my left arm');
    expect($(element, '#result-heading').textContent).toBe('Call 120 now');
    expect(shadow(element).querySelector('[part="departments"]')).toBeNull();
    expect(shadow(element).querySelector('[part="doctors"]')).toBeNull();
    expect(requestsTo('/v1/doctors')).toEqual([]);
  });

  it('books the soonest doctor itself with booking="create"', async () => {
    const element = await mountChecker(LIQIANG, { booking: 'create' });
    const booked = record(element, 'apotheca-consultation-booked');
    await startWith(element, "painful leg, can't walk");
    await answerAll(element, GOUT);
    await until(() => shadow(element).querySelector('[part="doctors"] button') !== null);
    await userEvent.click($(element, '[part="doctors"] button'));
    await until(() => booked.length === 1);
    expect(booked[0]?.detail).toEqual({ consultation_id: expect.stringMatching(/^cons_/) });
    const [post] = requestsTo('/v1/consultations');
    expect(post?.body).toMatchObject({ patient_id: LIQIANG, patient_time_zone: 'Asia/Shanghai' });
    expect($(element, '#booked').textContent).toContain('Asia/Shanghai');
  });

  it('asks the portal to book by default', async () => {
    const element = await mountChecker(LIQIANG);
    const asked = record(element, 'apotheca-book-requested');
    await startWith(element, "painful leg, can't walk");
    await answerAll(element, GOUT);
    await until(() => shadow(element).querySelector('[part="doctors"] button') !== null);
    await userEvent.click($(element, '[part="doctors"] button'));
    await until(() => asked.length === 1);
    expect(asked[0]?.detail).toMatchObject({ doctor_id: expect.stringMatching(/^doc_/) });
    expect(requestsTo('/v1/consultations')).toEqual([]);
  });
});
