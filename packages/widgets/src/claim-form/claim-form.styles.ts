import { css } from 'lit';

export const claimFormStyles = css`
  .base,
  header,
  .step,
  .tracker,
  .estimate,
  .search {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .base {
    gap: var(--_space);
    padding: var(--_space);
    max-width: 42rem;
  }
  .step {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  h2 {
    font-size: 1.25em;
  }
  h3 {
    font-size: 1.15em;
  }
  h3:focus {
    outline: none;
  }
  h3:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .row,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    align-items: end;
  }
  input:not([type='file']),
  select {
    min-height: 44px;
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  #policy,
  #provider,
  #item-search,
  #diagnosis-search {
    width: 100%;
    box-sizing: border-box;
  }
  .row > input {
    flex: 1;
  }
  .item .row > span {
    display: grid;
    gap: calc(var(--_space) * 0.25);
  }
  .matches {
    list-style: none;
    padding: 0;
  }
  .field-error {
    color: var(--_danger);
    margin: 0;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .photos,
  .items,
  .matches,
  .chosen,
  .history,
  .coverage,
  .reasons {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .photo,
  .item {
    display: grid;
    gap: calc(var(--_space) * 0.25);
  }
  .status-uploaded .photo-status,
  .coverage.ok,
  .status-paid {
    color: var(--_success);
  }
  .status-failed .photo-status,
  .status-retake .photo-status,
  .status-unreadable .photo-status,
  .coverage.bad,
  .status-denied {
    color: var(--_danger);
  }
  .superseded {
    border-inline-start: 4px solid var(--_warning);
    padding-inline-start: calc(var(--_space) * 0.5);
  }
  .estimate {
    background: var(--_surface-alt);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75);
  }
  .estimate h3,
  .estimate p {
    margin: 0;
  }
  .review {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: calc(var(--_space) * 0.25) var(--_space);
  }
  .review dd {
    margin: 0;
  }
  .review ul {
    margin: 0;
    padding-inline-start: 1em;
  }
`;
