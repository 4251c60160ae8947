import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Announcer } from '../platform/controllers/announcer';
import { ApiController } from '../platform/controllers/api-controller';
import { PrefetchController } from '../platform/controllers/lazy-chunk';
import { ApothecaElement } from '../platform/element/apotheca-element';
import { formatDate, messagesFor } from '../platform/localize/index';
import type { Notice } from '../platform/view/notice';
import { noticeView } from '../platform/view/notice';
import type { DeliveryAddress, RefillApi } from './api/refill-api';
import { type Medicine, refillCalls } from './api/refill-calls';
import { refillKit } from './kit/load-kit';
import { type RefillReminderMessages, refillReminderMessages } from './messages/index';
import { refillReminderStyles } from './refill-reminder.styles';
import type { RefillFlow } from './states';
import { readAddress } from './view/address-view';
import { medicineName, medicineView } from './view/medicine-view';

/**
 * A patient's active medicines: days left (a progress bar), when the supply runs out, how
 * regularly they had it (PDC in plain words), Refill now when a refill is allowed (otherwise the
 * earliest date, or Book a renewal visit), the delivery address with the new-address warning
 * for essential medicines, and the refill reminders as a calendar file.
 *
 * @summary Refill reminder (medicines, refills, renewal, calendar).
 *
 * @fires apotheca-refill-requested - A refill was requested: `{ refill_request_id, prescription_id, status }`.
 * @fires apotheca-renewal-requested - The patient wants a renewal visit; the portal books it: `{ prescription_id, renewal_reason }`.
 * @fires apotheca-calendar-downloaded - The reminders of a prescription were offered as `.ics`: `{ prescription_id }`.
 * @fires apotheca-error - Something failed: `{ operation, kind, code, status?, requestId? }`.
 * @fires apotheca-session-expired - No usable session token: `{ reason }`.
 *
 * @csspart base - The widget's outer container.
 * @csspart medicine - One medicine.
 * @csspart status - A medicine's refill state in words.
 * @csspart progress - Days of supply left.
 * @csspart address-form - The delivery address form.
 * @csspart address-review - The new-address confirmation.
 * @csspart calendar-link - The calendar file link.
 * @csspart notice - An error or warning.
 * @csspart button - Every button.
 */
export class ApothecaRefillReminder extends ApothecaElement {
  /** The shared widget styles, then the reminder's own. */
  static override styles = [...ApothecaElement.styles, refillReminderStyles];

  /** The session's patient (`pat_…`). */
  @property({ attribute: 'patient-id' }) patientId: string | undefined;

  /** The delivery address on record, prefilled in the refill form (the patient may change it). */
  @property({ attribute: false }) deliveryAddress: DeliveryAddress | undefined;

  @state() private flow: RefillFlow | undefined;
  @state() private invalidAddress = false;
  @state() private calendars: Readonly<Record<string, string | 'pending'>> = {};
  @state() private calendarNotice: { prescriptionId: string; notice: Notice } | undefined;

  #key: string | undefined;
  readonly #announcer = new Announcer(this);
  readonly #api = new ApiController<RefillApi>(
    this,
    async () => (await refillKit.load()).createRefillApi,
  );
  readonly #calls = refillCalls(this.#api);

  private get m(): RefillReminderMessages {
    return messagesFor(refillReminderMessages, this.currentLocale);
  }

  constructor() {
    super();
    new PrefetchController(this, refillKit);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('patientId') || changed.has('apiBase')) void this.reload();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const url of Object.values(this.calendars))
      if (url !== 'pending') URL.revokeObjectURL(url);
    this.calendars = {};
  }

  /** Reads the medicines and their refill status again. */
  async reload(): Promise<void> {
    if (this.patientId) await this.#calls.load.run(this.patientId);
  }

  async #openRefill(prescriptionId: string): Promise<void> {
    const address =
      this.flow?.prescriptionId === prescriptionId && 'address' in this.flow
        ? this.flow.address
        : this.deliveryAddress;
    this.invalidAddress = false;
    this.flow = { prescriptionId, step: 'address', address };
    await this.#announcer.focus(`[id="${prescriptionId}-address-heading"]`);
  }

  async #submitAddress(prescriptionId: string, event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const address = readAddress(event.target as HTMLFormElement, this.deliveryAddress?.country);
    if (!address) {
      this.invalidAddress = true;
      this.#announcer.announce(this.m.addressRequired);
      return;
    }
    this.invalidAddress = false;
    this.#key = (await refillKit.load()).newIdempotencyKey();
    await this.#send(prescriptionId, address, false);
  }

  /** Sends the refill with the key of this attempt; the notice's Retry repeats it with the same one. */
  async #send(
    prescriptionId: string,
    address: DeliveryAddress,
    confirmNewAddress: boolean,
  ): Promise<void> {
    const key = this.#key ?? (await refillKit.load()).newIdempotencyKey();
    this.#key = key;
    this.flow = { prescriptionId, step: 'sending', address, confirmNewAddress };
    const result = await this.#calls.refill.run(prescriptionId, address, confirmNewAddress, key);
    if (result.status === 'idle') return;
    if (result.status === 'pending') return;
    if (result.status === 'error') {
      const back: RefillFlow = confirmNewAddress
        ? { prescriptionId, step: 'review', address }
        : { prescriptionId, step: 'address', address };
      back.notice = {
        tone: 'danger',
        text: result.message,
        ...(result.reference ? { detail: result.reference } : {}),
        action: {
          label: this.platformText.retry,
          run: () => void this.#send(prescriptionId, address, confirmNewAddress),
        },
      };
      this.flow = back;
      this.#announcer.announce(result.message);
      await this.#announcer.focus('.notice-action');
      return;
    }
    this.#key = undefined;
    const outcome = result.value;
    if (outcome.kind === 'too_soon') {
      this.flow = {
        prescriptionId,
        step: 'too-soon',
        earliestRefillDate: outcome.earliestRefillDate,
      };
      this.#announcer.announce(
        outcome.earliestRefillDate
          ? this.m.tooSoon(formatDate(this.currentLocale, outcome.earliestRefillDate))
          : this.m.tooSoonUnknown,
      );
      await this.reload();
      return;
    }
    if (outcome.kind === 'renewal_needed') {
      this.flow = undefined;
      await this.reload();
      return;
    }
    const request = outcome.request;
    this.emit('apotheca-refill-requested', {
      refill_request_id: request.id,
      prescription_id: prescriptionId,
      status: request.status,
    });
    if (request.status === 'address_change_review') {
      this.flow = { prescriptionId, step: 'review', address };
      this.#announcer.announce(this.m.addressChangeTitle);
      await this.#announcer.focus(`[id="${prescriptionId}-review-heading"]`);
      return;
    }
    this.flow = { prescriptionId, step: 'accepted', request };
    await this.reload();
    await this.#announcer.focus(`[id="${prescriptionId}-outcome"]`);
  }

  async #renewal(medicine: Medicine): Promise<void> {
    const id = medicine.prescription.id;
    this.emit('apotheca-renewal-requested', {
      prescription_id: id,
      renewal_reason: medicine.status.renewal_reason ?? null,
    });
    this.flow = { prescriptionId: id, step: 'renewal-requested' };
    await this.#announcer.focus(`[id="${id}-outcome"]`);
  }

  async #calendar(medicine: Medicine): Promise<void> {
    const id = medicine.prescription.id;
    this.calendarNotice = undefined;
    this.calendars = { ...this.calendars, [id]: 'pending' };
    const result = await this.#calls.calendar.run(id);
    if (result.status !== 'complete') {
      const { [id]: _, ...rest } = this.calendars;
      this.calendars = rest;
      if (result.status === 'error')
        this.calendarNotice = {
          prescriptionId: id,
          notice: { tone: 'danger', text: result.message },
        };
      return;
    }
    const url = URL.createObjectURL(new Blob([result.value], { type: 'text/calendar' }));
    this.calendars = { ...this.calendars, [id]: url };
    this.emit('apotheca-calendar-downloaded', { prescription_id: id });
    this.#announcer.announce(this.m.calendarFile(medicineName(medicine, this.currentLocale)));
    await this.#announcer.focus(`[id="${id}-calendar"]`);
  }

  #body(): TemplateResult {
    const m = this.m;
    const state = this.#calls.load.state;
    if (state.status === 'error') {
      const notice: Notice = {
        tone: 'danger',
        text: state.message,
        ...(state.reference ? { detail: state.reference } : {}),
        action: { label: this.platformText.retry, run: () => void this.reload() },
      };
      return noticeView(notice);
    }
    if (state.status !== 'complete')
      return html`<p class="loading" role="status">
        <span class="spinner" aria-hidden="true"></span>${m.loading}
      </p>`;
    if (state.value.length === 0) return html`<p class="empty">${m.empty}</p>`;
    const locale = this.currentLocale;
    return html`<ul class="medicines">
      ${state.value.map((medicine) => {
        const id = medicine.prescription.id;
        const flow = this.flow?.prescriptionId === id ? this.flow : undefined;
        return medicineView({
          m,
          locale,
          medicine,
          flow,
          invalidAddress: flow !== undefined && this.invalidAddress,
          calendar: this.calendars[id],
          calendarNotice:
            this.calendarNotice?.prescriptionId === id ? this.calendarNotice.notice : undefined,
          actions: {
            onRefill: () => void this.#openRefill(id),
            onSubmitAddress: (event) => void this.#submitAddress(id, event),
            onCancel: () => {
              this.flow = undefined;
              this.#calls.refill.abort();
            },
            onConfirmNewAddress: () => {
              const current = this.flow;
              if (current?.step === 'review') void this.#send(id, current.address, true);
            },
            onRenewal: () => void this.#renewal(medicine),
            onCalendar: () => void this.#calendar(medicine),
          },
        });
      })}
    </ul>`;
  }

  override render(): TemplateResult {
    const m = this.m;
    return html`<section part="base" class="base" lang=${this.currentLocale} aria-labelledby="title">
      <header>
        <h2 id="title">${m.title}</h2>
        <p class="hint">${m.intro}</p>
      </header>
      ${this.patientId ? this.#body() : nothing} ${this.#announcer.render()}
    </section>`;
  }
}
