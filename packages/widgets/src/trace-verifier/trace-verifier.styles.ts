import { css } from 'lit';

export const traceVerifierStyles = css`
  .base {
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
    max-width: 40rem;
  }

  header {
    display: grid;
    gap: calc(var(--_space) * 0.25);
  }

  h2 {
    font-size: 1.25em;
    line-height: 1.3;
  }

  h3 {
    font-size: 1.15em;
    line-height: 1.3;
  }

  h4 {
    font-size: 1em;
  }

  h3:focus {
    outline: none;
  }

  h3:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .methods,
  .actions,
  .camera-controls {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
  }

  .camera {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    padding: calc(var(--_space) * 0.5);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }

  .viewfinder {
    position: relative;
    overflow: hidden;
    border-radius: calc(var(--_radius) * 0.75);
    background: #000;
    aspect-ratio: 4 / 3;
  }

  video {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }

  .frame {
    position: absolute;
    inset: 20%;
    border: 3px solid rgb(255 255 255 / 0.9);
    border-radius: var(--_radius);
    box-shadow: 0 0 0 100vmax rgb(0 0 0 / 0.25);
    pointer-events: none;
  }

  form {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }

  .field-row {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
  }

  .field-row input {
    flex: 1 1 14rem;
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
  }

  .field-error {
    display: flex;
    gap: calc(var(--_space) * 0.5);
    align-items: flex-start;
    color: var(--_danger);
    font-weight: 600;
  }

  .field-error svg {
    flex: none;
  }

  .loading:focus {
    outline: none;
  }

  .loading {
    display: flex;
    gap: calc(var(--_space) * 0.75);
    align-items: center;
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }

  .result {
    display: grid;
    gap: var(--_space);
  }

  .status h3 {
    color: inherit;
  }

  .section {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }

  .details {
    display: grid;
    gap: calc(var(--_space) * 0.25);
  }

  .details .row {
    display: grid;
    grid-template-columns: minmax(7rem, max-content) 1fr;
    gap: var(--_space);
  }

  dt {
    color: var(--_text-muted);
  }

  .expired {
    color: var(--_danger);
    font-weight: 600;
  }

  .alerts {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    padding: 0;
    list-style: none;
  }

  .journey {
    display: grid;
    gap: 0;
    padding: 0;
    list-style: none;
  }

  .journey-event {
    position: relative;
    padding: 0 0 calc(var(--_space) * 0.75) calc(var(--_space) * 1.5);
    border-left: 2px solid var(--_border);
    margin-left: 0.5rem;
  }

  .journey-event:last-child {
    border-left-color: transparent;
  }

  .journey-event::before {
    content: '';
    position: absolute;
    left: -0.5rem;
    top: 0.3rem;
    width: 0.875rem;
    height: 0.875rem;
    border-radius: 50%;
    background: var(--_surface);
    border: 3px solid var(--_primary);
  }

  .journey-title {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 0.5);
    align-items: baseline;
  }

  time,
  .temperature {
    color: var(--_text-muted);
    font-size: 0.9375em;
  }

  .excursion-flag {
    display: inline-flex;
    gap: 0.25em;
    align-items: center;
    color: var(--_warning);
  }

  .excursion-flag svg {
    width: 1.1em;
    height: 1.1em;
  }
`;
