import type { Tone } from '../ratings/bands.js';

/**
 * Colour values of the light and dark themes, side by side, keyed by semantic token name
 * (`bg` is `--pantau-color-bg`, `zone-green` is `--pantau-zone-green`, ...).
 *
 * Zones and categories run the Ombudsman's green → yellow → red and get steadily darker from
 * the best band to the worst, in both themes, so a darker region always reads "worse" (made
 * in CIE LCH: lightness 84 → 35 in the light theme, 88 → 44 in the dark one). Neighbours
 * differ by lightness as well as hue; colour is not the only cue (legend labels, the list,
 * and patterns in forced colours, print and on request). Regions without data are a light
 * grey under a sparse hatch, lighter than any band. Checked in test/styles/contrast.test.ts.
 * Series colours follow Okabe and Ito's colour-blind-safe set, darkened for a light background.
 */
export const PALETTE = {
  bg: ['#ffffff', '#14171c'],
  surface: ['#f5f7f9', '#1f242b'],
  text: ['#1b1f24', '#eef1f4'],
  muted: ['#555e69', '#aab3bd'],
  border: ['#8a939e', '#6b7480'],
  accent: ['#0b5cad', '#7cb8f7'],
  focus: ['#0b5cad', '#9ccaff'],
  good: ['#0a6b2f', '#6fd08c'],
  bad: ['#b3261e', '#ff8a80'],
  neutral: ['#555e69', '#aab3bd'],
  'zone-green': ['#83c771', '#98d686'],
  'zone-yellow': ['#c38c0d', '#d09616'],
  'zone-red': ['#af2d31', '#d4443f'],
  'category-a': ['#b8dd95', '#c5e8a3'],
  'category-b': ['#7abe6f', '#87cc7c'],
  'category-c': ['#c38c0d', '#d09616'],
  'category-d': ['#c94430', '#e2553e'],
  'category-e': ['#9d212e', '#bc383d'],
  'no-data': ['#eceff2', '#262b31'],
  'no-data-hatch': ['#aab2ba', '#535c66'],
  'series-1': ['#0072b2', '#56b4e9'],
  'series-2': ['#c65300', '#f0a04b'],
  'series-3': ['#007a5a', '#3fcf9f'],
  'series-4': ['#b4499a', '#e89ad0'],
  'series-5': ['#8a6d00', '#f0e442'],
  'series-6': ['#3a7fbf', '#a3c8ff'],
  'series-7': ['#6a3d9a', '#c6a5f0'],
  'series-8': ['#3d4650', '#d0d6dc'],
} as const satisfies Record<string, readonly [light: string, dark: string]>;

export type TokenName = keyof typeof PALETTE;

export type Theme = 'light' | 'dark';

/** One theme's colours by token name. */
export function themeColours(theme: Theme): Record<TokenName, string> {
  const column = theme === 'dark' ? 1 : 0;
  return Object.fromEntries(
    Object.entries(PALETTE).map(([name, colours]) => [name, colours[column]]),
  ) as Record<TokenName, string>;
}

/** Zones and categories in scale order, best first: the order neighbours are checked in. */
export const ZONE_ORDER = ['zone-green', 'zone-yellow', 'zone-red'] as const;
export const CATEGORY_ORDER = ['category-a', 'category-b', 'category-c', 'category-d', 'category-e'] as const;
export const SERIES_COUNT = 8;

/** The colour token of a rating band's tone: `green` → `zone-green`, `b` → `category-b`, 3 → `series-3`. */
export const toneToken = (tone: Tone): TokenName =>
  (typeof tone === 'number'
    ? `series-${tone}`
    : tone.length > 1
      ? `zone-${tone}`
      : `category-${tone}`) as TokenName;
