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

describe('theme colours', () => {
  for (const [theme, palette] of Object.entries(THEMES)) {
    for (const [scale, order] of [
      ['zones', ZONE_ORDER],
      ['categories', CATEGORY_ORDER],
    ] as const) {
      it(`${scale} meet 3:1 against the ${theme} background and their neighbours`, () => {
        for (const name of order) {
          expect(contrast(palette[name], palette.bg), `${name} on bg`).to.be.at.least(3);
        }
        for (let i = 1; i < order.length; i += 1) {
          const ratio = contrast(palette[order[i - 1]], palette[order[i]]);
          expect(ratio, `${order[i - 1]} next to ${order[i]}`).to.be.at.least(3);
        }
      });
    }

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
