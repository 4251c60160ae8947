import { css } from 'lit';

export const prescriptionUploadStyles = css`
  .base,
  header,
  .send,
  .status,
  .retake,
  .history {
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
    display: flex;
    gap: calc(var(--_space) * 0.5);
    align-items: center;
    font-size: 1.1em;
  }
  h3:focus {
    outline: none;
  }
  h3:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .steps {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 1.5);
    margin: 0;
    padding: 0;
    list-style-position: inside;
    color: var(--_text-muted);
  }
  .steps .current {
    color: var(--_text);
    font-weight: 600;
  }
  .steps .done {
    color: var(--_success);
  }
  .pick,
  .actions,
  .sending,
  .checking {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    align-items: center;
  }
  label.button {
    font-weight: 600;
  }
  label.button.primary {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  /* The file inputs are hidden visually but keep focus: their label shows it. */
  input[type='file']:focus-visible + label {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .preview {
    max-width: 12rem;
    max-height: 12rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    object-fit: contain;
  }
  textarea {
    font: inherit;
    padding: calc(var(--_space) * 0.5);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }
  .retake,
  .status {
    padding: calc(var(--_space) * 0.75);
    border: 2px solid currentColor;
    border-radius: var(--_radius);
  }
  .retake p,
  .retake li,
  .status p {
    color: var(--_text);
  }
  .advice {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin: 0;
    padding-left: 1.25em;
  }
  progress {
    flex: 1;
    accent-color: var(--_primary);
  }
  .history ul {
    margin: 0;
    padding-left: 1.25em;
  }
`;
