import { css } from 'lit';

/** Styles for `renderDataState`: add to an element's `static styles`. */
export const dataStateStyles = css`
  .data-state {
    margin: 0 0 var(--_space);
    color: var(--_text);
  }
  .data-state.loading {
    display: grid;
    gap: 0.5rem;
  }
  .skeleton {
    height: 8rem;
    border-radius: var(--_radius);
    background: linear-gradient(90deg, var(--_surface) 25%, var(--_border) 50%, var(--_surface) 75%);
    background-size: 200% 100%;
    opacity: 0.5;
    animation: pantau-shimmer 1.6s linear infinite;
  }
  @keyframes pantau-shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: -100% 0;
    }
  }
  .data-state progress {
    width: 100%;
    height: 0.5rem;
    accent-color: var(--_accent);
  }
  .progress-text,
  .empty {
    color: var(--_muted);
    font-size: 0.9375em;
    font-variant-numeric: tabular-nums;
  }
  .data-state.error,
  .data-state.stale,
  .data-state.notice {
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_bad);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .data-state.stale,
  .data-state.notice {
    border-inline-start-color: var(--_neutral);
    font-size: 0.9375em;
  }
  .error-title {
    font-weight: 700;
  }
  .data-state :is(p, details) {
    margin: 0 0 0.5rem;
  }
  .data-state details {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .data-state.notes {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .data-state ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  .data-state code {
    overflow-wrap: anywhere;
    font-family: ui-monospace, monospace;
  }
  .retry {
    font: inherit;
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_accent);
    cursor: pointer;
  }
  .retry:hover {
    background: var(--_surface);
  }
  @media (forced-colors: active) {
    .skeleton {
      border: 1px solid CanvasText;
    }
    .retry {
      border-color: ButtonText;
      color: ButtonText;
    }
  }
`;
