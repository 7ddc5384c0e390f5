import { css, unsafeCSS, type CSSResult } from 'lit';
import { PALETTE, type TokenName } from './palette.js';

/**
 * The public custom property behind a token: `bg` → `--pantau-color-bg`; the colour scales keep
 * their own name: `zone-red` → `--pantau-zone-red`.
 */
export function publicProperty(name: TokenName): string {
  return /^(zone|category|series)-/.test(name) ? `--pantau-${name}` : `--pantau-color-${name}`;
}

/** `var(--_bg)`: how component styles read a token. */
export function token(name: TokenName): CSSResult {
  return unsafeCSS(`var(--_${name})`);
}

// Constant palette values only (never data), so unsafeCSS is safe here.
function declarations(column: 0 | 1): CSSResult {
  return unsafeCSS(
    Object.entries(PALETTE)
      .map(([name, colours]) => `--_${name}: var(${publicProperty(name as TokenName)}, ${colours[column]});`)
      .join('\n'),
  );
}

const dark = declarations(1);

const FORCED: Partial<Record<TokenName, string>> = {
  bg: 'Canvas',
  surface: 'Canvas',
  text: 'CanvasText',
  muted: 'CanvasText',
  border: 'CanvasText',
  accent: 'LinkText',
  focus: 'Highlight',
  good: 'CanvasText',
  bad: 'CanvasText',
  neutral: 'CanvasText',
};

/**
 * Design tokens: semantic `--pantau-*` properties, set by a page on any ancestor, read
 * inside components as private `--_*` properties with the theme's defaults. The colours are
 * declared on the element's `.root`, whose `data-theme` (from `ThemeController`) says which
 * theme it is drawn in: light unless asked, dark, or `auto` (the reader's system setting).
 * Private properties derived from a colour (`--_frame-border`, an element's own) are
 * declared on `.root` too, so they follow its theme.
 */
export const tokens = css`
  :host {
    --_font: var(
      --pantau-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Noto Sans',
      Ubuntu,
      sans-serif
    );
    --_font-size: var(--pantau-font-size, 1rem);
    --_radius: var(--pantau-radius, 0.5rem);
    --_space: var(--pantau-space, 1rem);
    --_frame-padding: var(--pantau-frame-padding, var(--_space));
  }
  .root {
    ${declarations(0)}
    --_frame-border: var(--pantau-frame-border, 1px solid var(--_border));
  }
  .root[data-theme='dark'] {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    .root[data-theme='auto'] {
      ${dark}
    }
  }
  @media (forced-colors: active) {
    .root,
    .root[data-theme] {
      ${unsafeCSS(
        Object.entries(FORCED)
          .map(([k, v]) => `--_${k}: ${v};`)
          .join('\n'),
      )}
    }
  }
`;
