/**
 * Colour values of the light and dark themes, keyed by semantic token name
 * (`bg` is `--pantau-color-bg`, `zone-green` is `--pantau-zone-green`, ...).
 *
 * Zone and category colours alternate dark and light so each meets 3:1 contrast against
 * the background and against its neighbours on the scale (checked in test/styles). Series
 * colours follow Okabe and Ito's colour-blind-safe set, darkened for a light background.
 */
export const LIGHT = {
  bg: '#ffffff',
  surface: '#f5f7f9',
  text: '#1b1f24',
  muted: '#555e69',
  border: '#8a939e',
  accent: '#0b5cad',
  focus: '#0b5cad',
  good: '#0a6b2f',
  bad: '#b3261e',
  neutral: '#555e69',
  'zone-green': '#0a4420',
  'zone-yellow': '#c08900',
  'zone-red': '#6e1616',
  'category-a': '#33924b',
  'category-b': '#08361a',
  'category-c': '#c08900',
  'category-d': '#5a1010',
  'category-e': '#e0524a',
  'no-data': '#c9d1da',
  'series-1': '#0072b2',
  'series-2': '#c65300',
  'series-3': '#007a5a',
  'series-4': '#b4499a',
  'series-5': '#8a6d00',
  'series-6': '#3a7fbf',
  'series-7': '#6a3d9a',
  'series-8': '#3d4650',
} as const;

export type TokenName = keyof typeof LIGHT;

export const DARK: Record<TokenName, string> = {
  bg: '#14171c',
  surface: '#1f242b',
  text: '#eef1f4',
  muted: '#aab3bd',
  border: '#6b7480',
  accent: '#7cb8f7',
  focus: '#9ccaff',
  good: '#6fd08c',
  bad: '#ff8a80',
  neutral: '#aab3bd',
  'zone-green': '#2e7d40',
  'zone-yellow': '#f2c94c',
  'zone-red': '#cf3a33',
  'category-a': '#a6e8b6',
  'category-b': '#2a7a3c',
  'category-c': '#f2c94c',
  'category-d': '#c0392b',
  'category-e': '#ffb3ad',
  'no-data': '#3d4650',
  'series-1': '#56b4e9',
  'series-2': '#f0a04b',
  'series-3': '#3fcf9f',
  'series-4': '#e89ad0',
  'series-5': '#f0e442',
  'series-6': '#a3c8ff',
  'series-7': '#c6a5f0',
  'series-8': '#d0d6dc',
};

/** Zones and categories in scale order, best first: the order neighbours are checked in. */
export const ZONE_ORDER = ['zone-green', 'zone-yellow', 'zone-red'] as const;
export const CATEGORY_ORDER = ['category-a', 'category-b', 'category-c', 'category-d', 'category-e'] as const;
export const SERIES_COUNT = 8;
