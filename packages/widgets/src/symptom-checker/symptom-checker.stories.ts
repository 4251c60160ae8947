import { problemResponse } from '@apotheca/mock';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { HttpResponse, http } from 'msw';
import { expect, userEvent, waitFor } from 'storybook/test';
import { API_BASE, instantRetries } from '../test-support/mock-api';
import './define';
import { LIQIANG, mintCheckerSession, WANGFANG } from './stories/session';
import type { ApothecaSymptomChecker } from './symptom-checker';

interface Args {
  locale: 'en' | 'zh-CN';
  patientId: string;
  booking: 'create' | 'event';
}
type Story = StoryObj<Args>;

// Every story name is a state of SYMPTOM_CHECKER_STATES (states.ts) or a variant of one; the
// Storybook test fails when a state has no story.
const meta: Meta<Args> = {
  title: 'Widgets/Symptom checker',
  component: 'apotheca-symptom-checker',
  args: { locale: 'en', patientId: LIQIANG, booking: 'event' },
  argTypes: {
    locale: { control: 'inline-radio', options: ['en', 'zh-CN'] },
    patientId: { control: 'inline-radio', options: [LIQIANG, WANGFANG] },
    booking: { control: 'inline-radio', options: ['event', 'create'] },
  },
  render: (args) => html`<apotheca-symptom-checker
    api-base=${API_BASE}
    locale=${args.locale}
    patient-id=${args.patientId}
    booking=${args.booking}
    .tokenProvider=${() => mintCheckerSession(args.patientId)}
    .clientOptions=${instantRetries}
  ></apotheca-symptom-checker>`,
};
export default meta;

function root(canvas: HTMLElement): ShadowRoot {
  const element = canvas.querySelector<ApothecaSymptomChecker>('apotheca-symptom-checker');
  if (!element?.shadowRoot) throw new Error('checker not rendered');
  return element.shadowRoot;
}
function find<T extends Element = HTMLElement>(canvas: HTMLElement, selector: string): T {
  const found = root(canvas).querySelector<T>(selector);
  if (!found) throw new Error(`not found: ${selector}`);
  return found;
}
const waitForSelector = (canvas: HTMLElement, selector: string) =>
  waitFor(() => expect(root(canvas).querySelector(selector)).not.toBeNull(), { timeout: 5000 });

async function start(canvas: HTMLElement, complaint: string): Promise<void> {
  await waitForSelector(canvas, '#complaint');
  await userEvent.type(find(canvas, '#complaint'), complaint);
  await userEvent.click(find(canvas, 'button[type="submit"]'));
  await waitForSelector(canvas, '#question-heading, #result-heading');
}

/** Answers the open question with nothing present, and waits for the next step. */
async function answerNone(canvas: HTMLElement): Promise<void> {
  const before = find(canvas, '#progress').textContent;
  const none = root(canvas).querySelector<HTMLInputElement>(
    'input[value="__none__"], input[value="absent"]',
  );
  if (none) await userEvent.click(none);
  await userEvent.click(find(canvas, 'button[type="submit"]'));
  await waitFor(
    () => expect(root(canvas).querySelector('#progress')?.textContent).not.toBe(before),
    { timeout: 5000 },
  );
}

async function answerGout(canvas: HTMLElement): Promise<void> {
  const findings = [
    'big_toe_pain',
    'sudden_onset',
    'hot_swollen_joint',
    'diuretic_or_gout_history',
  ];
  for (let i = 0; i < 15 && !root(canvas).querySelector('#result-heading'); i++) {
    const before = root(canvas).querySelector('#progress')?.textContent;
    const inputs = [...root(canvas).querySelectorAll<HTMLInputElement>('fieldset input')];
    const pick =
      inputs.find((input) => findings.includes(input.value)) ??
      inputs.find((input) => input.value === '__none__' || input.value === 'absent');
    for (const input of inputs)
      if (input.type === 'checkbox' && findings.includes(input.value)) await userEvent.click(input);
    if (pick && pick.type === 'radio') await userEvent.click(pick);
    await userEvent.click(find(canvas, 'button[type="submit"]'));
    await waitFor(
      () =>
        expect(
          root(canvas).querySelector('#result-heading') !== null ||
            root(canvas).querySelector('#progress')?.textContent !== before,
        ).toBe(true),
      { timeout: 5000 },
    );
  }
}

/** The complaint form, age and sex from the record. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    await waitForSelector(canvasElement, '.about');
  },
};
export const EmptyChinese: Story = { ...Empty, args: { locale: 'zh-CN', patientId: WANGFANG } };

/** Emergency advice from the offline screen while typing, with the API unreachable. */
export const OfflineRedFlag: Story = {
  parameters: { msw: [http.all(`${API_BASE}/v1/*`, () => HttpResponse.error())] },
  play: async ({ canvasElement }) => {
    await waitForSelector(canvasElement, '#complaint');
    await userEvent.type(find(canvasElement, '#complaint'), 'crushing chest pain, sweating');
    await waitForSelector(canvasElement, '[part="emergency"]');
  },
};
export const OfflineRedFlagChinese: Story = {
  ...OfflineRedFlag,
  args: { locale: 'zh-CN' },
  play: async ({ canvasElement }) => {
    await waitForSelector(canvasElement, '#complaint');
    await userEvent.type(find(canvasElement, '#complaint'), '胸口压榨样疼痛，出冷汗');
    await waitForSelector(canvasElement, '[part="emergency"]');
  },
};

/** `group_multiple`: checkboxes, unchecked sent as absent. */
export const QuestionGroupMultiple: Story = {
  play: async ({ canvasElement }) => {
    await start(canvasElement, "painful leg, can't walk");
    await waitForSelector(canvasElement, 'input[type="checkbox"]');
  },
};

/** `group_single`: radios, plus "None of these". */
export const QuestionGroupSingle: Story = {
  play: async ({ canvasElement }) => {
    await start(canvasElement, "painful leg, can't walk");
    await answerNone(canvasElement);
    await waitForSelector(canvasElement, 'input[name="pick"]');
  },
};

/** `single`: Yes / No / Don't know. */
export const QuestionSingle: Story = {
  args: { patientId: WANGFANG },
  play: async ({ canvasElement }) => {
    await start(canvasElement, 'palpitations');
    await answerNone(canvasElement);
    await waitForSelector(canvasElement, 'input[value="unknown"]');
  },
};

/** A consult result: level, advice, departments and the soonest doctors. */
export const ResultConsult: Story = {
  play: async ({ canvasElement }) => {
    await start(canvasElement, "painful leg, can't walk");
    await answerGout(canvasElement);
    await waitForSelector(canvasElement, '[part="doctors"]');
  },
};
export const ResultConsultChinese: Story = { ...ResultConsult, args: { locale: 'zh-CN' } };

/** An emergency result: only the emergency actions. */
export const ResultEmergency: Story = {
  play: async ({ canvasElement }) => {
    await start(canvasElement, 'crushing chest pain spreading to my left arm');
    await expect(find(canvasElement, '#result-heading').textContent).toBe('Call 120 now');
  },
};

/** Starting failed (the API is down): the complaint stays, with the reason. */
export const StartFailed: Story = {
  parameters: {
    msw: [
      http.post(`${API_BASE}/v1/triage/interviews`, () =>
        problemResponse(503, 'service_unavailable'),
      ),
    ],
  },
  play: async ({ canvasElement }) => {
    await waitForSelector(canvasElement, '#complaint');
    await userEvent.type(find(canvasElement, '#complaint'), 'headache');
    await userEvent.click(find(canvasElement, 'button[type="submit"]'));
    await waitForSelector(canvasElement, '[part="notice"]');
  },
};
