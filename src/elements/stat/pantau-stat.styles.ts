import { css } from 'lit';

export const statStyles = css`
  .root {
    --_value-size: var(--pantau-stat-value-size, 2.5em);
    --_good-color: var(--pantau-stat-good-color, var(--_good));
    --_bad-color: var(--pantau-stat-bad-color, var(--_bad));
    /* Labels, units and source lines can be long names or URLs without a space. */
    overflow-wrap: anywhere;
  }
  .label {
    margin: 0 0 0.25rem;
    font-weight: 600;
  }
  .figure {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.5rem;
  }
  .value {
    font-size: var(--_value-size);
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .unit,
  .period,
  .verdict,
  .from {
    color: var(--_muted);
  }
  .change {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    align-items: baseline;
    margin-top: 0.25rem;
    font-size: 0.9375em;
  }
  .badge {
    font-weight: 700;
    white-space: nowrap;
    color: var(--_neutral);
  }
  .badge.good {
    color: var(--_good-color);
  }
  .badge.bad {
    color: var(--_bad-color);
  }
  .footer {
    margin-top: 0.75rem;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .footer p {
    margin: 0;
  }
  @media print {
    .root {
      break-inside: avoid;
    }
  }
`;
