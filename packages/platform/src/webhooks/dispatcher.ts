import type { EventEnvelope } from '../domains/types';
import type { Storage } from '../storage/types';
import type { Clock } from '../util/clock';
import { isoSeconds } from '../util/clock';
import {
  EVENTS,
  WEBHOOK_DELIVERIES,
  WEBHOOK_ENDPOINTS,
  type WebhookDeliveryDoc,
  type WebhookEndpointDoc,
} from './docs';
import { signWebhook } from './signing';

/** Retry schedule: attempt n (n ≥ 2) waits `baseMs * 2^(n-2)` after the previous failure. */
export interface WebhookRetryOptions {
  baseMs: number;
  maxAttempts: number;
}

/** How the dispatcher talks to the world. */
export interface DispatcherOptions {
  storage: Storage;
  now: Clock;
  fetch: typeof fetch;
  retry: WebhookRetryOptions;
  timeoutMs: number;
  logger: Pick<Console, 'error' | 'warn'>;
}

/**
 * Sends pending deliveries from the outbox, signed per Standard Webhooks, retrying non-2xx and
 * network errors with exponential backoff. State lives in storage, so a restart picks up where
 * the previous process stopped.
 */
export class WebhookDispatcher {
  private readonly inFlight = new Map<string, Promise<void>>();
  private readonly controllers = new Set<AbortController>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private timerAt = Number.POSITIVE_INFINITY;
  private scanQueued = false;
  private closed = false;
  private waiters: Array<() => void> = [];

  constructor(private readonly options: DispatcherOptions) {}

  /** Looks for due deliveries soon (after the current transaction has been committed). */
  kick(): void {
    if (this.closed || this.scanQueued) return;
    this.scanQueued = true;
    queueMicrotask(() => {
      this.scanQueued = false;
      this.scan();
    });
  }

  /** Resolves once no delivery is pending (all delivered or given up) — for tests and demos. */
  async settled(): Promise<void> {
    while (!this.closed && this.pendingCount() > 0) {
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  /**
   * Resolves once no attempt is due or in flight: every delivery due now has been tried, and
   * those left pending wait for their backoff. For tests that assert one attempt without waiting
   * out the retry schedule.
   */
  async idle(): Promise<void> {
    while (!this.closed && (this.scanQueued || this.inFlight.size > 0)) {
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  /** Every delivery with its attempt log, newest first. */
  deliveries(): WebhookDeliveryDoc[] {
    return this.options.storage.transaction(
      (tx) => tx.collection<WebhookDeliveryDoc>(WEBHOOK_DELIVERIES).list({ limit: 1000 }).data,
    );
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    for (const controller of this.controllers) controller.abort();
    await Promise.allSettled(this.inFlight.values());
    for (const resolve of this.waiters.splice(0)) resolve();
  }

  private pendingCount(): number {
    return this.options.storage.transaction(
      (tx) =>
        tx.collection<WebhookDeliveryDoc>(WEBHOOK_DELIVERIES).list({
          limit: 1,
          filter: (d) => d.status === 'pending',
        }).data.length,
    );
  }

  private notify(): void {
    for (const resolve of this.waiters.splice(0)) resolve();
  }

  private scan(): void {
    if (this.closed) return;
    const nowMs = this.options.now().getTime();
    const pending = this.options.storage.transaction(
      (tx) =>
        tx.collection<WebhookDeliveryDoc>(WEBHOOK_DELIVERIES).list({
          limit: 200,
          order: 'asc',
          filter: (d) => d.status === 'pending' && !this.inFlight.has(d.id),
        }).data,
    );
    let next = Number.POSITIVE_INFINITY;
    for (const delivery of pending) {
      if (delivery.next_attempt_at_ms <= nowMs) {
        const run = this.attempt(delivery).finally(() => {
          this.inFlight.delete(delivery.id);
          this.notify();
          this.kick();
        });
        this.inFlight.set(delivery.id, run);
      } else {
        next = Math.min(next, delivery.next_attempt_at_ms);
      }
    }
    if (next < Number.POSITIVE_INFINITY) this.schedule(next - nowMs);
    // A scan that started nothing may be what idle() waits for.
    if (this.inFlight.size === 0) this.notify();
  }

  private schedule(delayMs: number): void {
    const at = this.options.now().getTime() + delayMs;
    if (this.timer && this.timerAt <= at) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(
      () => {
        this.timer = null;
        this.timerAt = Number.POSITIVE_INFINITY;
        this.scan();
      },
      Math.max(0, delayMs),
    );
    // A pending retry must not keep a test runner or CLI alive on its own.
    (this.timer as { unref?: () => void }).unref?.();
  }

  private async attempt(delivery: WebhookDeliveryDoc): Promise<void> {
    const { storage, now, retry } = this.options;
    const loaded = storage.transaction((tx) => ({
      endpoint: tx.collection<WebhookEndpointDoc>(WEBHOOK_ENDPOINTS).get(delivery.endpoint_id),
      event: tx.collection<EventEnvelope & { id: string }>(EVENTS).get(delivery.event_id),
    }));
    const attemptedAt = now();
    let statusCode: number | null = null;
    let error: string | null = null;
    if (loaded.endpoint?.status !== 'enabled' || !loaded.event) {
      error = loaded.event ? 'endpoint deleted or disabled' : 'event missing';
    } else {
      const body = JSON.stringify(loaded.event);
      const timestamp = Math.floor(attemptedAt.getTime() / 1000);
      const controller = new AbortController();
      this.controllers.add(controller);
      const timeout = setTimeout(() => controller.abort(), this.options.timeoutMs);
      try {
        const response = await this.options.fetch(loaded.endpoint.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'user-agent': 'Apotheca-Webhooks/1 (sandbox)',
            'webhook-id': loaded.event.id,
            'webhook-timestamp': String(timestamp),
            'webhook-signature': await signWebhook(
              loaded.endpoint.secret,
              loaded.event.id,
              timestamp,
              body,
            ),
          },
          body,
          signal: controller.signal,
        });
        statusCode = response.status;
        await response.body?.cancel().catch(() => {});
      } catch (caught) {
        error = caught instanceof Error ? caught.message : String(caught);
      } finally {
        clearTimeout(timeout);
        this.controllers.delete(controller);
      }
    }
    if (this.closed && statusCode === null) return; // aborted by close(): retry after restart
    const ok = statusCode !== null && statusCode >= 200 && statusCode < 300;
    const attempts = [
      ...delivery.attempts,
      { attempted_at: isoSeconds(attemptedAt), status_code: statusCode, error },
    ];
    const giveUp =
      !ok &&
      (attempts.length >= retry.maxAttempts ||
        error === 'endpoint deleted or disabled' ||
        error === 'event missing');
    const updated: WebhookDeliveryDoc = {
      ...delivery,
      attempts,
      status: ok ? 'delivered' : giveUp ? 'failed' : 'pending',
      next_attempt_at_ms:
        ok || giveUp
          ? delivery.next_attempt_at_ms
          : now().getTime() + retry.baseMs * 2 ** (attempts.length - 1),
    };
    storage.transaction((tx) => tx.collection<WebhookDeliveryDoc>(WEBHOOK_DELIVERIES).put(updated));
    try {
      await storage.sync();
    } catch (caught) {
      this.options.logger.error('[apotheca-sandbox] could not persist a webhook delivery', caught);
    }
  }
}
