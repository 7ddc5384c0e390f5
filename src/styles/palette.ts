/**
 * Colour values of the light and dark themes, side by side, keyed by semantic token name
 * (`bg` is `--pantau-color-bg`, `zone-green` is `--pantau-zone-green`, ...).
 *
 * Zone and category colours alternate dark and light so each meets 3:1 contrast against
 * the background and against its neighbours on the scale (checked in test/styles). Series
 * colours follow Okabe and Ito's colour-blind-safe set, darkened for a light background.
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
  'zone-green': ['#0a4420', '#2e7d40'],
  'zone-yellow': ['#c08900', '#f2c94c'],
  'zone-red': ['#6e1616', '#cf3a33'],
  'category-a': ['#33924b', '#a6e8b6'],
  'category-b': ['#08361a', '#2a7a3c'],
  'category-c': ['#c08900', '#f2c94c'],
  'category-d': ['#5a1010', '#c0392b'],
  'category-e': ['#e0524a', '#ffb3ad'],
  'no-data': ['#c9d1da', '#3d4650'],
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
