import { TRACE_CODES } from '@apotheca/testing';
import type { ApothecaTraceVerifier, ApothecaVerifiedDetail } from '@apotheca/widgets';
import { type ComponentType, createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { TraceVerifier } from './generated/trace-verifier';
import * as wrappers from './index';
import { eventsOf, sampleProps } from './test-support/manifest';
import { API_BASE, mintSession, resetMock } from './test-support/mock-api';
import { componentName, eventProp, WIDGETS } from './test-support/widgets';

let root: Root | undefined;
let host: HTMLElement;

beforeEach(async () => {
  await resetMock();
  host = document.createElement('div');
  document.body.replaceChildren(host);
});

afterEach(() => {
  root?.unmount();
  root = undefined;
});

/** Renders `element` synchronously and returns the widget once Lit has rendered it. */
async function render(
  component: ComponentType<Record<string, unknown>>,
  props: Record<string, unknown>,
  tag: string,
) {
  root ??= createRoot(host);
  flushSync(() => root!.render(createElement(component, props)));
  const element = host.querySelector(tag) as HTMLElement & {
    updateComplete: Promise<boolean>;
    [key: string]: unknown;
  };
  await element.updateComplete;
  return element;
}

async function until(check: () => boolean, what: string): Promise<void> {
  // Polls on animation frames (no fixed sleeps); the test timeout bounds it.
  while (!check()) await new Promise(requestAnimationFrame);
  expect(check(), what).toBe(true);
}

const components = wrappers as unknown as Record<string, ComponentType<Record<string, unknown>>>;

describe.each(WIDGETS)('the React wrapper of <$tag>', (widget) => {
  const Component = components[componentName(widget.tag)]!;

  it('exists for the registered widget and defines its element', () => {
    expect(Component).toBeDefined();
    expect(customElements.get(widget.tag)?.name).toBe(widget.className);
  });

  it('sets every prop as a property of the element, and updates it on re-render', async () => {
    const tokenProvider = async () => 'wst_from_provider';
    const own = sampleProps(widget.tag);
    const element = await render(
      Component,
      { apiBase: API_BASE, locale: 'zh-CN', tokenProvider, ...own },
      widget.tag,
    );
    expect(element).toBeInstanceOf(customElements.get(widget.tag)!);
    expect(element.tokenProvider).toBe(tokenProvider);
    expect(element.hasAttribute('tokenprovider')).toBe(false);
    expect(element.apiBase).toBe(API_BASE);
    expect(element.currentLocale).toBe('zh-CN');
    expect(Object.keys(own).length).toBeGreaterThan(0);
    for (const [name, value] of Object.entries(own)) expect(element[name], name).toBe(value);

    const again = await render(Component, { apiBase: API_BASE, locale: 'en' }, widget.tag);
    expect(again).toBe(element);
    expect(element.currentLocale).toBe('en');
  });

  it('calls the typed on… prop of each of its events', async () => {
    const events = eventsOf(widget.tag);
    expect(events).toEqual(expect.arrayContaining(['apotheca-error', 'apotheca-session-expired']));
    const received: Array<[string, unknown]> = [];
    const handlers = Object.fromEntries(
      events.map((name) => [
        eventProp(name),
        (event: CustomEvent) => received.push([event.type, event.detail]),
      ]),
    );
    const element = await render(Component, { apiBase: API_BASE, ...handlers }, widget.tag);
    for (const name of events) {
      element.dispatchEvent(new CustomEvent(name, { detail: { probe: name }, bubbles: true }));
    }
    expect(received).toEqual(events.map((name) => [name, { probe: name }]));
  });

  it('reports a missing session through onApothecaSessionExpired when a call starts', async () => {
    const reasons: string[] = [];
    const element = await render(
      Component,
      {
        apiBase: API_BASE,
        onApothecaSessionExpired: (event: CustomEvent<{ reason: string }>) =>
          reasons.push(event.detail.reason),
      },
      widget.tag,
    );
    await (element as unknown as { ensureSession(): Promise<void> })
      .ensureSession()
      .catch(() => undefined);
    expect(reasons).toEqual(['missing']);
  });
});

describe('<TraceVerifier> against @apotheca/mock', () => {
  it('verifies a typed code and hands the typed detail to onApothecaVerified', async () => {
    const verified: ApothecaVerifiedDetail[] = [];
    const scans: boolean[] = [];
    root = createRoot(host);
    const sessionToken = await mintSession(['trace:verify']);
    flushSync(() =>
      root!.render(
        <TraceVerifier
          apiBase={API_BASE}
          sessionToken={sessionToken}
          locationId="loc_bjxicheng01"
          onApothecaScan={(event) => scans.push(event.detail.valid)}
          onApothecaVerified={(event) => verified.push(event.detail)}
        />,
      ),
    );
    const element = host.querySelector('apotheca-trace-verifier') as ApothecaTraceVerifier;
    await element.updateComplete;
    const input = element.shadowRoot!.querySelector<HTMLInputElement>('#code')!;
    input.focus();
    await userEvent.fill(input, TRACE_CODES.genuine);
    await userEvent.keyboard('{Enter}');
    await until(() => verified.length === 1, 'apotheca-verified reached the prop');
    expect(scans).toEqual([true]);
    expect(verified[0]?.status).toBe('verified');
    expect(verified[0]?.verificationId).toMatch(/^tvr_|^ver_|^[a-z]+_/);
  });

  it('types its props and events (checked by tsc)', () => {
    const element = (
      <TraceVerifier
        mode="dispense"
        // @ts-expect-error: a location id is a string.
        locationId={42}
        onApothecaDispensed={(event) => event.detail.reversibleUntil.toUpperCase()}
      />
    );
    // @ts-expect-error: `bogus` is not a mode.
    const wrong = <TraceVerifier mode="bogus" />;
    expect([element, wrong].length).toBe(2);
  });
});
