import { expect } from '@open-wc/testing';
import { CATEGORY_ORDER, ZONE_ORDER, themeColours, type TokenName } from '../../src/styles/palette.js';

function luminance(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(n >> 16) + 0.7152 * lin((n >> 8) & 255) + 0.0722 * lin(n & 255);
}

function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

const THEMES: Record<string, Record<TokenName, string>> = {
  light: themeColours('light'),
  dark: themeColours('dark'),
};

/*
 * An ordered scale cannot give every neighbour 3:1: five steps of 3:1 span 81:1, and the whole
 * range from white to black is 21:1. Forcing it made the old palette alternate dark and light
 * (B and D nearly black), so B read "stronger" than A. The scale is ordered instead: each band
 * darker than the one before by at least 1.3:1 (about ten steps of CIE lightness, a difference
 * seen at a glance, with the hue change on top), every band set off from the background, and
 * regions without data lighter than every band. Borders, legend labels, the list and patterns
 * (forced colours, print, `patterns`) carry the distinction where colour cannot.
 */
describe('theme colours', () => {
  for (const [theme, palette] of Object.entries(THEMES)) {
    for (const [scale, order] of [
      ['zones', ZONE_ORDER],
      ['categories', CATEGORY_ORDER],
    ] as const) {
      it(`${scale} get steadily darker from best to worst in the ${theme} theme, each a visible step`, () => {
        for (let i = 1; i < order.length; i += 1) {
          const [a, b] = [palette[order[i - 1]], palette[order[i]]];
          expect(luminance(b), `${order[i]} darker than ${order[i - 1]}`).to.be.below(luminance(a));
          expect(contrast(a, b), `${order[i - 1]} next to ${order[i]}`).to.be.at.least(1.3);
        }
      });

      it(`${scale} stand off the ${theme} background, and no data is lighter than any band`, () => {
        for (const name of order) {
          expect(contrast(palette[name], palette.bg), `${name} on bg`).to.be.at.least(1.5);
          if (theme === 'light') {
            expect(luminance(palette['no-data']), `no data lighter than ${name}`).to.be.above(
              luminance(palette[name]),
            );
          }
        }
        // The worst band is the one that must never be missed: full non-text contrast.
        expect(contrast(palette[order.at(-1)!], palette.bg)).to.be.at.least(3);
      });
    }

    it(`the no-data hatch is visible but quieter than the data in the ${theme} theme`, () => {
      const nd = palette['no-data'];
      const hatch = palette['no-data-hatch'];
      expect(contrast(nd, hatch)).to.be.at.least(1.5);
      expect(contrast(nd, palette.bg)).to.be.below(contrast(palette['category-e'], palette.bg));
    });

    it(`text meets 4.5:1 and series colours 3:1 on the ${theme} background`, () => {
      expect(contrast(palette.text, palette.bg)).to.be.at.least(4.5);
      expect(contrast(palette.muted, palette.bg)).to.be.at.least(4.5);
      expect(contrast(palette.accent, palette.bg)).to.be.at.least(4.5);
      for (let i = 1; i <= 8; i += 1) {
        const name = `series-${i}` as TokenName;
        expect(contrast(palette[name], palette.bg), name).to.be.at.least(3);
      }
    });
  }
});
