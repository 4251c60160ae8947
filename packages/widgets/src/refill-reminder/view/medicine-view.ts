import { html, nothing, type TemplateResult } from 'lit';
import { checkIcon } from '../../platform/icons/icons';
import { formatDate, type Locale } from '../../platform/localize/index';
import { type Notice, noticeView } from '../../platform/view/notice';
import type { Medicine } from '../api/refill-calls';
import type { RefillReminderMessages } from '../messages/index';
import type { RefillFlow } from '../states';
import { addressFormView, addressReviewView } from './address-view';

/** What a medicine card can ask the element to do. */
export interface MedicineActions {
  onRefill: () => void;
  onSubmitAddress: (event: SubmitEvent) => void;
  onCancel: () => void;
  onConfirmNewAddress: () => void;
  onRenewal: () => void;
  onCalendar: () => void;
}

export interface MedicineProps {
  m: RefillReminderMessages;
  locale: Locale;
  medicine: Medicine;
  /** The open refill flow, when it is this medicine's. */
  flow: RefillFlow | undefined;
  invalidAddress: boolean;
  /** The downloadable calendar (`blob:` URL) once fetched; `pending` while it is on its way. */
  calendar: string | 'pending' | undefined;
  calendarNotice: Notice | undefined;
  actions: MedicineActions;
}

/** The medicine's name in the locale (the catalogue names every medicine in both). */
export function medicineName(medicine: Medicine, locale: Locale): string {
  const name = medicine.prescription.medication.name as Partial<Record<Locale, string>>;
  return name[locale] ?? name.en ?? medicine.prescription.medication.id;
}

function adherenceView(m: RefillReminderMessages, medicine: Medicine): TemplateResult {
  const a = medicine.adherence;
  if (!a || a.pdc === null) return html`<p class="adherence hint">${m.noAdherence}</p>`;
  return html`<p class="adherence">
    ${m.adherence(Math.round(a.pdc * 100), a.days_in_period)}. ${a.adherent ? m.adherent : m.notAdherent}
  </p>`;
}

function flowView(p: MedicineProps, name: string): TemplateResult | typeof nothing {
  const { m, flow, locale, actions } = p;
  const id = p.medicine.prescription.id;
  if (!flow) return nothing;
  switch (flow.step) {
    case 'address':
    case 'sending':
      return addressFormView({
        m,
        idPrefix: id,
        address: flow.address,
        busy: flow.step === 'sending',
        invalid: p.invalidAddress,
        notice: flow.notice,
        onSubmit: actions.onSubmitAddress,
        onCancel: actions.onCancel,
      });
    case 'review':
      return addressReviewView({
        m,
        idPrefix: id,
        address: flow.address,
        busy: false,
        notice: flow.notice,
        onConfirm: actions.onConfirmNewAddress,
        onChange: actions.onRefill,
      });
    case 'accepted':
      return html`<div class="outcome tone-success" role="status" id="${id}-outcome" tabindex="-1">
        ${checkIcon}
        <p>
          ${m.accepted(name)}
          ${flow.request.next_due_date ? m.nextDue(formatDate(locale, flow.request.next_due_date)) : ''}
        </p>
      </div>`;
    case 'too-soon':
      return noticeView({
        tone: 'warning',
        text: flow.earliestRefillDate
          ? m.tooSoon(formatDate(locale, flow.earliestRefillDate))
          : m.tooSoonUnknown,
      });
    case 'renewal-requested':
      return html`<p class="outcome" role="status" id="${id}-outcome" tabindex="-1">
        ${m.renewalRequested}
      </p>`;
  }
}

function calendarView(p: MedicineProps, name: string): TemplateResult {
  const { m, calendar } = p;
  const id = p.medicine.prescription.id;
  if (calendar === 'pending')
    return html`<p class="hint" role="status"><span class="spinner" aria-hidden="true"></span>${m.preparingCalendar}</p>`;
  if (calendar)
    return html`<p class="calendar">
      ${m.calendarReady}
      <a part="calendar-link" id="${id}-calendar" href=${calendar} download="${id}-refills.ics">
        ${m.calendarFile(name)}
      </a>
    </p>`;
  return html`${p.calendarNotice ? noticeView(p.calendarNotice) : nothing}
    <button part="button" type="button" class="calendar-button" @click=${p.actions.onCalendar}>
      ${m.addToCalendar}
    </button>`;
}

/** One medicine: days left as a progress bar, the refill state and what the patient can do. */
export function medicineView(p: MedicineProps): TemplateResult {
  const { m, locale, medicine, flow, actions } = p;
  const { prescription, status } = medicine;
  const id = prescription.id;
  const name = medicineName(medicine, locale);
  const max = Math.max(prescription.days_supply, status.days_remaining, 1);
  const canRefill =
    status.status === 'eligible' || status.status === 'due' || status.status === 'overdue';
  const flowOpen =
    flow !== undefined && flow.step !== 'accepted' && flow.step !== 'renewal-requested';
  return html`<li part="medicine" class="medicine state-${status.status}" data-prescription=${id}>
    <article aria-labelledby="${id}-name">
      <h3 id="${id}-name">${name}</h3>
      <p part="status" class="status">${m.status[status.status]}</p>
      <div class="days">
        <progress
          part="progress"
          id="${id}-days"
          max=${max}
          .value=${status.days_remaining}
          aria-label=${m.daysLeftLabel(name)}
          aria-valuetext=${m.daysLeft(status.days_remaining)}
        ></progress>
        <span>${m.daysLeft(status.days_remaining)}</span>
      </div>
      <p class="hint">
        ${m.runsOut(formatDate(locale, status.next_due_date))} · ${m.repeats(status.repeats_remaining)}
      </p>
      ${adherenceView(m, medicine)}
      ${
        status.status === 'too_soon'
          ? html`<p class="when">${m.refillFrom(formatDate(locale, status.earliest_refill_date))}</p>`
          : nothing
      }
      ${status.status === 'renewal_needed' ? html`<p class="when">${m.renewalHint}</p>` : nothing}
      ${flowView(p, name)}
      <div class="actions">
        ${
          canRefill && !flowOpen && flow?.step !== 'accepted'
            ? html`<button part="button" class="primary refill" type="button" @click=${actions.onRefill}>
                ${m.refillNow}
              </button>`
            : nothing
        }
        ${
          status.status === 'renewal_needed' && flow?.step !== 'renewal-requested'
            ? html`<button part="button" class="primary renewal" type="button" @click=${actions.onRenewal}>
                ${m.bookRenewal}
              </button>`
            : nothing
        }
        ${
          // Reminders run while a supply lasts, the last one a reminder to book the renewal.
          status.status !== 'renewal_needed' || status.days_remaining > 0
            ? calendarView(p, name)
            : nothing
        }
      </div>
    </article>
  </li>`;
}
