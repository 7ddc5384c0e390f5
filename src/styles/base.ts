import { css } from 'lit';

/**
 * Resets every inherited property the host page could leak in (fonts, colours, spacing,
 * text transforms) on the component's root, so hostile global CSS cannot restyle it. Page
 * selectors never reach inside a shadow root; only inheritance crosses it. Also the house
 * rules every element shares: one frame (padding, border, radius from tokens), links in the
 * accent colour, a visible focus ring.
 */
export const base = css`
  :host {
    display: block;
    box-sizing: border-box;
    contain: layout style;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  .root {
    font-family: var(--_font);
    font-size: var(--_font-size);
    font-weight: 400;
    font-style: normal;
    line-height: 1.45;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    /* A long URL or name with no space breaks rather than leave the element's box. */
    overflow-wrap: break-word;
    color: var(--_text);
    background: var(--_bg);
    /* One frame for every element, so several line up on a page (tokens: --pantau-frame-*). */
    padding: var(--_frame-padding);
    border: var(--_frame-border);
    border-radius: var(--_radius);
    min-width: 0;
    visibility: visible;
    cursor: auto;
    direction: ltr;
  }
  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (forced-colors: active) {
    .root {
      border-color: CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0s !important;
      transition-duration: 0s !important;
    }
  }
`;
