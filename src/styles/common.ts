import { css } from 'lit';

/**
 * What the chart elements share, written once so the all-in-one bundle carries it once:
 * buttons (`.btn`), legend toggles (`.legend-item`), the tooltip box (`.tooltip`),
 * data tables, and print rules that drop controls and unpin table headers.
 */
export const commonStyles = css`
  /* The button look: .btn, and the base of .legend-item. */
  .btn,
  .legend-item {
    font: inherit;
    font-size: 0.875em;
    color: var(--_accent);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.3em 0.75em;
    min-height: 2.25rem;
    cursor: pointer;
  }
  /* Data tables (table view, the map's list): compact, numbers aligned, header pinned on screen only. */
  table {
    border-collapse: collapse;
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
    min-width: 100%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.25em;
  }
  th,
  td {
    padding: 0.25em 0.6em;
    border-bottom: 1px solid var(--_border);
    text-align: start;
  }
  thead th {
    position: sticky;
    top: 0;
    background: var(--_bg);
  }
  .num {
    text-align: end;
  }
  @media print {
    thead th {
      position: static;
    }
  }
  .legend-item {
    display: inline-flex;
    max-width: 100%;
    align-items: center;
    gap: 0.35em;
    color: var(--_text);
    background: none;
    border-color: transparent;
    padding: 0.2em 0.5em;
    text-align: start;
    /* A long series or band name without spaces wraps inside the toggle instead of leaving it. */
    overflow-wrap: anywhere;
  }
  .legend-item:hover {
    border-color: var(--_border);
  }
  .swatch {
    flex: none;
  }
  .tooltip {
    position: absolute;
    z-index: 2;
    pointer-events: none;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.2);
    padding: 0.4em 0.6em;
    font-size: 0.8em;
    max-width: min(18rem, 70cqi);
  }
  @media (forced-colors: active) {
    .tooltip {
      border-color: CanvasText;
    }
  }
  @media print {
    .btn,
    .dl,
    .tooltip {
      display: none !important;
    }
  }
`;
