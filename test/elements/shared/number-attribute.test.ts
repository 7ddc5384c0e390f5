import { expect, fixture, html } from '@open-wc/testing';
import { parseDecimalAttribute } from '../../../src/elements/shared/number-attribute.js';
import '../../../src/index.js';
import type { PantauStat } from '../../../src/elements/stat/pantau-stat.js';

const text = (el: Element) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');

describe('numeric attributes read like data', () => {
  it('reads plain decimals only: blank, hex, binary, Infinity and words are no value', () => {
    const yes: [string, number][] = [
      ['12', 12],
      [' 12 ', 12],
      ['-0.5', -0.5],
      ['.5', 0.5],
      ['1e3', 1000],
      ['+7', 7],
      ['2024', 2024],
    ];
    for (const [v, n] of yes) expect(parseDecimalAttribute(v), v).to.equal(n);
    const no = [
      '',
      ' ',
      '\n',
      '0x10',
      '0b1',
      '0o7',
      'Infinity',
      '-Infinity',
      'NaN',
      '1e400',
      '12abc',
      '1,5',
      '1 2',
      null,
    ];
    for (const v of no) expect(parseDecimalAttribute(v), String(v)).to.equal(undefined);
    expect(parseDecimalAttribute(`1${'0'.repeat(100_000)}`)).to.equal(undefined);
  });

  for (const value of ['', ' ', '0x10', 'abc'])
    it(`<pantau-stat value="${value}"> shows no value, never 0 or 16`, async () => {
      const el = await fixture<PantauStat>(
        html`<pantau-stat lang="en" label="Pengaduan" value=${value} previous=${value}></pantau-stat>`,
      );
      expect(el.value).to.equal(undefined);
      const shown = el.shadowRoot!.querySelector('.value')!.textContent!.trim();
      expect(shown).to.equal('–');
      expect(text(el)).not.to.match(/\b(0|16)\b/);
    });

  it('every numeric attribute of every element uses the same reading', async () => {
    const stat = await fixture<HTMLElement & Record<string, unknown>>(
      html`<pantau-stat value="1e3" previous="0x10" refresh=" "></pantau-stat>`,
    );
    expect([stat.value, stat.previous, stat.refresh]).to.deep.equal([1000, undefined, undefined]);
    const trend = await fixture<HTMLElement & Record<string, unknown>>(
      html`<pantau-complaint-trend refresh="0x10"></pantau-complaint-trend>`,
    );
    expect(trend.refresh).to.equal(undefined);
    const map = await fixture<HTMLElement & Record<string, unknown>>(
      html`<pantau-compliance-map year=""></pantau-compliance-map>`,
    );
    expect(map.year).to.equal(undefined);
    const card = await fixture<HTMLElement & Record<string, unknown>>(
      html`<pantau-service-standard heading-level="0x3" refresh=""></pantau-service-standard>`,
    );
    expect([card.headingLevel, card.refresh]).to.deep.equal([undefined, undefined]);
    const trendMax = await fixture<HTMLElement & Record<string, unknown>>(
      html`<pantau-complaint-trend max-series="0x10"></pantau-complaint-trend>`,
    );
    expect(trendMax.maxSeries).to.equal(undefined);
  });

  it("no element reads a numeric attribute with Lit's Number converter (which reads '' as 0 and 0x10 as 16)", () => {
    const loose: string[] = [];
    for (const tag of [
      'pantau-stat',
      'pantau-complaint-trend',
      'pantau-compliance-map',
      'pantau-service-standard',
    ]) {
      const ctor = customElements.get(tag) as unknown as {
        elementProperties: Map<string, { type?: unknown }>;
      };
      for (const [name, o] of ctor.elementProperties)
        if (o.type === Number) loose.push(`${tag}.${String(name)}`);
    }
    expect(loose).to.deep.equal([]);
  });
});
