import { css } from 'lit';

export const refillReminderStyles = css`
  .base,
  header,
  article,
  .address,
  .review,
  fieldset {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .base {
    gap: var(--_space);
    padding: var(--_space);
    max-width: 40rem;
  }
  h2 {
    font-size: 1.25em;
  }
  h3 {
    font-size: 1.15em;
  }
  h4,
  legend {
    display: flex;
    gap: calc(var(--_space) * 0.5);
    align-items: center;
    font-weight: 600;
  }
  h4:focus,
  legend:focus,
  .outcome:focus {
    outline: none;
  }
  h4:focus-visible,
  legend:focus-visible,
  .outcome:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .medicines {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .medicine {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .status {
    font-weight: 600;
  }
  .state-due .status,
  .state-renewal_needed .status {
    color: var(--_warning);
  }
  .state-overdue .status {
    color: var(--_danger);
  }
  .days {
    display: flex;
    gap: calc(var(--_space) * 0.5);
    align-items: center;
  }
  progress {
    flex: 1;
    height: 0.75rem;
    accent-color: var(--_primary);
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin: 0;
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  .review,
  .outcome {
    padding: calc(var(--_space) * 0.75);
    border: 2px solid currentColor;
    border-radius: var(--_radius);
  }
  .review p,
  .outcome p {
    color: var(--_text);
  }
  .outcome {
    display: flex;
    gap: calc(var(--_space) * 0.5);
    align-items: flex-start;
  }
  .error {
    color: var(--_danger);
  }
  .loading,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    align-items: center;
  }
`;
