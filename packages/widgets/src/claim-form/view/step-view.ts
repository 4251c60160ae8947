import { html, nothing, type TemplateResult } from 'lit';
import type { CallState } from '../../platform/controllers/api-controller';
import type { Locale } from '../../platform/localize/index';
import type { ClaimEstimate, ClaimIssue, CoverageCheck } from '../api/claim-api';
import {
  type ClaimFormDraft,
  type DraftItem,
  type FieldError,
  STEPS,
  type StepName,
} from '../draft';
import type { ClaimFormMessages } from '../messages/index';
import type { ItemMatch, PhotoEntry } from '../states';
import { type DiagnosisOption, diagnosesView } from './diagnoses-view';
import { estimateView } from './estimate-view';
import { itemsView } from './items-view';
import { photosView } from './photos-view';
import { coverageView, policyView } from './policy-view';
import { reviewView } from './review-view';
import { type ProviderOption, visitView } from './visit-view';

/** Everything a step needs; handlers are the element's. */
export interface StepProps {
  m: ClaimFormMessages;
  locale: Locale;
  step: StepName;
  disabled: boolean;
  busy: boolean;
  draft: ClaimFormDraft;
  errors: readonly FieldError[];
  issues: readonly ClaimIssue[];
  providers: readonly ProviderOption[];
  today: string;
  coverage: CallState<CoverageCheck>;
  estimate: CallState<ClaimEstimate>;
  photos: readonly PhotoEntry[];
  matches: CallState<ItemMatch[]>;
  query: string;
  diagnosisMatches: readonly DiagnosisOption[];
  chosenDiagnoses: readonly DiagnosisOption[];
  notice: TemplateResult | typeof nothing;
  on: {
    go: (step: StepName) => void;
    policy: (id: string) => void;
    provider: (id: string) => void;
    date: (date: string) => void;
    files: (files: File[]) => void;
    retryPhoto: (photo: PhotoEntry) => void;
    removePhoto: (photo: PhotoEntry) => void;
    search: (q: string) => void;
    addItem: (item: DraftItem) => void;
    changeItem: (index: number, patch: Partial<DraftItem>) => void;
    priceText: (index: number, text: string) => void;
    removeItem: (index: number) => void;
    diagnosisQuery: (q: string) => void;
    addDiagnosis: (option: DiagnosisOption) => void;
    removeDiagnosis: (code: string) => void;
    submit: () => void;
  };
}

function fields(p: StepProps): TemplateResult {
  const { m, locale, draft, errors, on } = p;
  switch (p.step) {
    case 'policy':
      return policyView({ m, locale, draft, errors, coverage: p.coverage, onPolicy: on.policy });
    case 'visit':
      return html`${visitView({ m, locale, draft, errors, providers: p.providers, today: p.today, onProvider: on.provider, onDate: on.date })}
        ${coverageView(m, locale, p.coverage)}`;
    case 'photos':
      return photosView({
        m,
        errors,
        photos: p.photos,
        onFiles: on.files,
        onRetry: on.retryPhoto,
        onRemove: on.removePhoto,
      });
    case 'items':
      return itemsView({
        m,
        locale,
        items: draft.items,
        errors,
        issues: p.issues,
        matches: p.matches,
        query: p.query,
        onSearch: on.search,
        onAdd: on.addItem,
        onChange: on.changeItem,
        onPriceText: on.priceText,
        onRemove: on.removeItem,
      });
    case 'diagnoses':
      return diagnosesView({
        m,
        locale,
        errors,
        chosen: p.chosenDiagnoses,
        matches: p.diagnosisMatches,
        onQuery: on.diagnosisQuery,
        onAdd: on.addDiagnosis,
        onRemove: on.removeDiagnosis,
      });
    case 'review':
      return reviewView({
        m,
        locale,
        draft,
        providers: p.providers,
        busy: p.busy,
        onSubmit: on.submit,
      });
  }
}

/** One step: its heading and counter, its fields (disabled with a disabled form), the estimate, Back / Next. */
export function stepBody(p: StepProps): TemplateResult {
  const { m, step } = p;
  const index = STEPS.indexOf(step);
  const previous = STEPS[index - 1];
  const next = STEPS[index + 1];
  return html`<fieldset part="step" class="step" ?disabled=${p.disabled || p.busy} aria-labelledby="step-heading">
      <p class="hint" id="step-counter">${m.stepOf(index + 1, STEPS.length)}</p>
      <h3 id="step-heading" tabindex="-1" aria-describedby="step-counter">${m.steps[step]}</h3>
      ${p.notice} ${fields(p)}
      <div class="actions">
        ${previous ? html`<button part="button" type="button" class="button" @click=${() => p.on.go(previous)}>${m.back}</button>` : nothing}
        ${next ? html`<button part="button" type="button" class="button primary" id="next" @click=${() => p.on.go(next)}>${m.next}</button>` : nothing}
      </div>
    </fieldset>
    ${index >= STEPS.indexOf('items') ? estimateView(m, p.locale, p.estimate) : nothing}`;
}
