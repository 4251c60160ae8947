import { css } from 'lit';

export const symptomCheckerStyles = css`
  .base,
  header,
  .complaint,
  .question,
  .result {
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

  h3,
  legend {
    display: flex;
    gap: calc(var(--_space) * 0.5);
    align-items: center;
  }

  h3:focus,
  legend:focus {
    outline: none;
  }

  h3:focus-visible,
  legend:focus-visible {
    outline: 3px solid var(--_focus);
  }

  textarea {
    font: inherit;
    padding: calc(var(--_space) * 0.5);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }

  fieldset {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }

  .option {
    display: flex;
    gap: calc(var(--_space) * 0.5);
    align-items: center;
    min-height: 44px;
  }

  .emergency {
    display: flex;
    gap: var(--_space);
    padding: var(--_space);
    border: 3px solid var(--_danger);
    border-radius: var(--_radius);
  }

  a.call {
    text-decoration: none;
    border-color: var(--_danger);
    color: var(--_danger);
  }

  .doctors {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    padding: 0;
    list-style: none;
  }

  .doctors li {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    align-items: center;
    justify-content: space-between;
  }

  .actions {
    display: flex;
    gap: calc(var(--_space) * 0.5);
  }
`;
