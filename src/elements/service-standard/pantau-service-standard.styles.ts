import { css, unsafeCSS } from 'lit';

// Constant token names only, so unsafeCSS is safe here.
const swatches = unsafeCSS(
  ['zone-green', 'zone-yellow', 'zone-red', ...'abcde'.split('').map((c) => `category-${c}`)]
    .map((k) => `.swatch.${k}{background:var(--_${k})}`)
    .join(''),
);

/** Card layout, the completeness meter, delivery bars and print rules. */
export const serviceStandardStyles = css`
  .root {
    --_card-bg: var(--pantau-service-standard-background, var(--_bg));
    --_card-max: var(--pantau-service-standard-max-width, 60rem);
    --_meter-on: var(--pantau-service-standard-meter-color, var(--_accent));
    background: var(--_card-bg);
    max-width: var(--_card-max);
    container-type: inline-size;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6,
  p,
  ul,
  ol,
  dl,
  dd,
  blockquote {
    margin: 0;
  }
  /* Headings keep the browser's bold. */
  .title {
    font-size: 1.4em;
    line-height: 1.25;
  }
  .compact .title {
    font-size: 1.15em;
  }
  .provider,
  .perf-meta,
  .footer,
  .fact-note,
  .channel-type,
  .missing-label,
  .bar-name {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .header,
  .completeness,
  .facts,
  .block {
    margin-block-end: var(--_space);
  }
  .section-title {
    font-size: 1.05em;
    margin-block-end: 0.5em;
  }
  .note {
    font-style: italic;
  }
  .completeness-text {
    font-weight: 600;
  }
  .meter {
    display: block;
    width: 100%;
    max-width: 24rem;
    height: 0.6rem;
    margin-block: 0.35em;
  }
  .seg.on {
    fill: var(--_meter-on);
  }
  /* The map's no-data fill became a near-white grey: the meter's empty steps take its darker hatch. */
  .seg.off {
    fill: var(--_no-data-hatch);
  }
  .missing-list,
  .checklist,
  .channels {
    padding: 0;
    list-style: none;
  }
  .missing-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
    font-size: 0.875em;
  }
  .missing-list li {
    border: 1px dashed var(--_border);
    border-radius: 999px;
    padding: 0 0.6em;
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr));
    gap: 0.5em;
  }
  .fact {
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: 0.5em 0.75em;
  }
  .fact dt {
    font-size: 0.8em;
    color: var(--_muted);
  }
  .fact dd {
    font-weight: 700;
    font-size: 1.1em;
  }
  .fact-note {
    display: block;
    font-weight: 400;
  }
  .unpublished,
  .fact.unpublished dd {
    color: var(--_muted);
    font-style: italic;
    font-weight: 400;
  }
  ul,
  ol {
    padding-inline-start: 1.5em;
  }
  li + li {
    margin-block-start: 0.25em;
  }
  .checklist li {
    padding-inline-start: 1.6em;
    position: relative;
  }
  .checklist li::before {
    content: '☐' / '';
    position: absolute;
    inset-inline-start: 0;
  }
  .cta-row {
    margin-block-end: 0.5em;
  }
  .cta {
    display: inline-block;
    padding: 0.5em 1em;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_bg);
    font-weight: 700;
    text-decoration: none;
  }
  .cta:hover {
    text-decoration: underline;
  }
  .channels li {
    display: grid;
    grid-template-columns: minmax(0, 11em) minmax(0, 1fr);
    gap: 0 0.75em;
    align-items: baseline;
  }
  @container (max-width: 28rem) {
    .channels li {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  details {
    border-block-start: 1px solid var(--_border);
    padding-block: 0.4em;
  }
  details:last-of-type {
    border-block-end: 1px solid var(--_border);
  }
  summary {
    cursor: pointer;
    font-weight: 600;
  }
  details > :not(summary) {
    margin-block-start: 0.35em;
  }
  blockquote {
    border-inline-start: 4px solid var(--_accent);
    padding-inline-start: 0.75em;
    font-style: italic;
  }
  .perf-grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr));
    gap: var(--_space);
  }
  .perf-value {
    font-weight: 700;
  }
  .swatch {
    display: inline-block;
    width: 0.8em;
    height: 0.8em;
    margin-inline-end: 0.35em;
    border: 1px solid var(--_text);
    border-radius: 2px;
    vertical-align: baseline;
  }
  ${swatches}
  .delivery {
    grid-column: 1 / -1;
  }
  .bars {
    max-width: 40rem;
    display: grid;
    grid-template-columns: auto minmax(4rem, 1fr) auto;
    align-items: center;
    gap: 0.25em 0.5em;
    margin-block: 0.35em;
  }
  .bar {
    display: block;
    width: 100%;
    height: 0.9rem;
  }
  .broken {
    fill: var(--_bad);
  }
  .kept {
    fill: var(--_good);
  }
  .promise {
    fill: var(--_neutral);
  }
  .promise-line {
    stroke: var(--_text);
    stroke-width: 2px;
    stroke-dasharray: 2 2;
    vector-effect: non-scaling-stroke;
  }
  .bar-value {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  .verdict {
    font-weight: 700;
  }
  .verdict.bad {
    color: var(--_bad);
  }
  .verdict.good {
    color: var(--_good);
  }
  .verdict.bad::before {
    content: '⚠ ' / '';
  }
  .compact .facts {
    margin-block: 0.75em;
    grid-template-columns: repeat(auto-fit, minmax(6.5rem, 1fr));
  }
  .compact .fact dd {
    font-size: 1em;
  }
  .compact .fact {
    padding: 0.4em 0.5em;
  }
  .compact .fact.unpublished dd {
    font-size: 0.8em;
  }
  .wide {
    grid-column: 1 / -1;
  }
  .compact .completeness-text,
  .compact .verdict {
    font-size: 0.9em;
  }
  .compact .verdict,
  .compact .completeness {
    margin-block-end: 0.5em;
  }
  .details-link {
    font-weight: 600;
  }
  /* On a phone the time limit and the fee sit side by side, so both are on the first screen. */
  @container (max-width: 28rem) {
    .full .facts {
      grid-template-columns: 1fr 1fr;
    }
    .full .fact:nth-child(n + 3) {
      grid-column: 1 / -1;
    }
  }
  .notes {
    margin-block-start: var(--_space);
    color: var(--_muted);
    font-size: 0.875em;
  }
  .notes summary {
    cursor: pointer;
  }
  .notes p,
  .notes ul {
    margin-block-start: 0.5em;
  }
  .alert {
    border-inline-start: 4px solid var(--_bad);
    padding-inline-start: 0.75em;
  }
  @media (forced-colors: active) {
    .seg.on,
    .actual,
    .promise {
      fill: CanvasText;
    }
    .seg.off {
      fill: Canvas;
      stroke: CanvasText;
    }
    .cta {
      border: 2px solid LinkText;
    }
  }
  @media print {
    .root {
      border: 0;
      padding: 0;
      max-width: none;
      color: #000;
      background: #fff;
    }
    .root * {
      color: #000 !important;
    }
    .fact {
      background: none;
      border: 1px solid #000;
    }
    .cta,
    button,
    summary::marker,
    slot[name='details'] {
      display: none;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.8em;
    }
    details::details-content {
      content-visibility: visible;
      display: block;
    }
    details,
    .block,
    .fact,
    .perf {
      break-inside: avoid;
    }
  }
`;
