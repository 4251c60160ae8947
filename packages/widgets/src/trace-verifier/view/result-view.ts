import type { Schema } from '@apotheca/api-spec';
import { html, nothing, type TemplateResult } from 'lit';
import { dangerIcon, infoIcon, warningIcon } from '../../platform/icons/icons';
import {
  formatCelsius,
  formatDate,
  formatDateTime,
  type Locale,
} from '../../platform/localize/index';
import type { TraceVerification } from '../api/trace-api';
import type { TraceVerifierMessages } from '../messages/index';
import { isExpired, statusLook } from './status';

type LocalizedText = Schema<'LocalizedText'>;
type JourneyEvent = Schema<'JourneyEvent'>;
type TraceAlert = Schema<'TraceAlert'>;

/** Everything the result needs from the element. */
export interface ResultContext {
  m: TraceVerifierMessages;
  locale: Locale;
}

function text(value: LocalizedText | undefined, locale: Locale): string {
  return value ? value[locale] || value.en : '';
}

function row(label: string, value: unknown, part = 'detail'): TemplateResult | typeof nothing {
  if (value === undefined || value === null || value === '') return nothing;
  return html`<div part=${part} class="row"><dt>${label}</dt><dd>${value}</dd></div>`;
}

function alertView(alert: TraceAlert, { m, locale }: ResultContext): TemplateResult {
  const tone =
    alert.severity === 'critical' ? 'danger' : alert.severity === 'warning' ? 'warning' : 'info';
  const icon = tone === 'danger' ? dangerIcon : tone === 'warning' ? warningIcon : infoIcon;
  return html`<li part="alert" class="notice tone-${tone}" data-code=${alert.code}>
    ${icon}
    <p class="notice-body"><span><strong>${m.severity[alert.severity]}</strong> ${text(alert.message, locale)}</span></p>
  </li>`;
}

function temperatureView(event: JourneyEvent, { m, locale }: ResultContext) {
  const t = event.temperature;
  if (!t) return nothing;
  const c = (value: number) => formatCelsius(locale, value);
  const allowed =
    t.allowed_min_c !== undefined && t.allowed_max_c !== undefined
      ? m.allowedRange(c(t.allowed_min_c), c(t.allowed_max_c))
      : '';
  return html`<p class="temperature ${t.excursion ? 'excursion' : ''}">
    ${m.temperature(c(t.min_c), c(t.max_c))}${allowed}
    ${t.excursion ? html`<strong class="excursion-flag">${warningIcon} ${m.excursion}</strong>` : nothing}
  </p>`;
}

function journeyView(journey: JourneyEvent[], context: ResultContext): TemplateResult {
  const { m, locale } = context;
  const events = [...journey].sort((a, b) => a.occurred_at.localeCompare(b.occurred_at));
  return html`<section class="section" aria-labelledby="journey-heading">
    <h4 id="journey-heading">${m.journey}</h4>
    ${
      events.length === 0
        ? html`<p class="hint">${m.noJourney}</p>`
        : html`<ol part="journey" class="journey">
          ${events.map(
            (event) => html`<li part="journey-event" class="journey-event" data-type=${event.type}>
              <p class="journey-title">
                <strong>${m.journeyType[event.type]}</strong>
                <time datetime=${event.occurred_at}>${formatDateTime(locale, event.occurred_at)}</time>
              </p>
              <p>${text(event.party.name, locale)} · ${text(event.place.name, locale)}</p>
              ${temperatureView(event, context)}
            </li>`,
          )}
        </ol>`
    }
  </section>`;
}

/**
 * The verification result: status (icon + words), product, pack details with the expiry
 * highlighted when past, alerts and the journey. The status heading takes focus afterwards.
 */
export function resultView(
  verification: TraceVerification,
  context: ResultContext,
): TemplateResult {
  const { m, locale } = context;
  const { product, pack } = verification;
  const critical = verification.alerts.some((alert) => alert.severity === 'critical');
  const look = statusLook(verification.status, critical);
  const [title, explanation] = m.status[verification.status];
  const expired = isExpired(pack?.expiry) || verification.status === 'expired';
  const expiry = pack?.expiry
    ? html`<span class=${expired ? 'expired' : ''}>${formatDate(locale, pack.expiry)}${
        expired ? html` <strong>${m.expired}</strong>` : nothing
      }</span>`
    : undefined;
  return html`
    <div part="status" class="notice status tone-${look.tone}" data-status=${verification.status}>
      ${look.icon}
      <div class="notice-body">
        <h3 id="result-heading" tabindex="-1">${title}</h3>
        <p>${explanation}</p>
        ${critical && look.tone !== 'danger' ? html`<p><strong>${m.criticalAlerts}</strong></p>` : nothing}
      </div>
    </div>
    ${
      product
        ? html`<section part="product" class="section" aria-labelledby="product-heading">
          <h4 id="product-heading">${text(product.name, locale)}</h4>
          <dl part="details" class="details">
            ${row(m.genericName, text(product.generic_name, locale))}
            ${row(m.strength, product.strength)} ${row(m.form, text(product.form, locale))}
            ${row(m.packSize, product.pack_size)}
            ${row(m.manufacturer, text(product.manufacturer, locale))}
            ${row(m.lot, pack?.lot)} ${row(m.expiry, expiry)} ${row(m.serial, pack?.serial)}
          </dl>
          ${product.storage === 'cold_chain' ? html`<p class="hint">${m.coldChain}</p>` : nothing}
        </section>`
        : pack
          ? html`<dl part="details" class="details section">
            ${row(m.lot, pack.lot)} ${row(m.expiry, expiry)} ${row(m.serial, pack.serial)}
          </dl>`
          : nothing
    }
    ${
      verification.alerts.length > 0
        ? html`<section class="section" aria-labelledby="alerts-heading">
          <h4 id="alerts-heading">${m.alerts}</h4>
          <ul part="alerts" class="alerts">
            ${verification.alerts.map((alert) => alertView(alert, context))}
          </ul>
        </section>`
        : nothing
    }
    ${journeyView(verification.journey, context)}
  `;
}
