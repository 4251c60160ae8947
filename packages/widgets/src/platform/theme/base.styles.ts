import { css } from 'lit';

/** Shared building blocks: buttons, fields, focus ring, notices and the visually hidden helper. */
export const baseStyles = css`
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  h2,
  h3,
  h4,
  p,
  ol,
  ul,
  dl,
  dd {
    margin: 0;
  }

  button,
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_space) * 0.5);
    min-height: 44px;
    padding: calc(var(--_space) * 0.5) var(--_space);
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_primary);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  button.primary {
    background: var(--_primary);
    color: var(--_on-primary);
  }

  button:disabled,
  button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }

  button[aria-pressed='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }

  input[type='text'] {
    width: 100%;
    min-height: 44px;
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }

  input[aria-invalid='true'] {
    border-color: var(--_danger);
  }

  label {
    font-weight: 600;
  }

  .hint {
    color: var(--_text-muted);
    font-size: 0.875em;
  }

  .notice {
    display: flex;
    gap: calc(var(--_space) * 0.75);
    align-items: flex-start;
    padding: calc(var(--_space) * 0.75);
    border: 2px solid currentColor;
    border-radius: var(--_radius);
  }

  .notice > svg {
    flex: none;
    margin-top: 0.15em;
  }

  .notice-body {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    justify-items: start;
    color: var(--_text);
  }

  .tone-danger {
    color: var(--_danger);
    background: color-mix(in srgb, var(--_danger) 8%, var(--_surface));
  }

  .tone-warning {
    color: var(--_warning);
    background: color-mix(in srgb, var(--_warning) 8%, var(--_surface));
  }

  .tone-success {
    color: var(--_success);
    background: color-mix(in srgb, var(--_success) 8%, var(--_surface));
  }

  .tone-info {
    color: var(--_text-muted);
    background: var(--_surface-alt);
  }

  .spinner {
    width: 1.25em;
    height: 1.25em;
    border: 3px solid color-mix(in srgb, var(--_primary) 25%, transparent);
    border-top-color: var(--_primary);
    border-radius: 50%;
    animation: spin 0.9s linear infinite;
  }

  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 3s;
    }
  }
`;
