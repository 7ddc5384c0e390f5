import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/elements/stat/pantau-stat.js';
import '../../../src/elements/complaint-trend/pantau-complaint-trend.js';
import '../../../src/elements/compliance-map/pantau-compliance-map.js';
import '../../../src/elements/service-standard/pantau-service-standard.js';
import { parseTheme, resolveTheme } from '../../../src/styles/theme.js';

const LIGHT = 'rgb(255, 255, 255)';
const DARK = 'rgb(20, 23, 28)';
const TAGS = ['pantau-stat', 'pantau-complaint-trend', 'pantau-compliance-map', 'pantau-service-standard'];

/** The background an element is drawn on, after it has rendered. */
async function background(el: Element): Promise<string> {
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return getComputedStyle(el.shadowRoot!.querySelector('.root')!).backgroundColor;
}

async function all(template: ReturnType<typeof html>): Promise<HTMLElement[]> {
  const wrap = await fixture<HTMLElement>(template);
  return [...wrap.querySelectorAll<HTMLElement>(TAGS.join(','))];
}

const four = (attrs = '') =>
  html`<div>
    ${TAGS.map((tag) => {
      const el = document.createElement(tag);
      if (attrs) el.setAttribute('theme', attrs);
      return el;
    })}
  </div>`;

describe('themes: light unless asked', () => {
  afterEach(async () => {
    document.documentElement.removeAttribute('data-pantau-theme');
    await emulateMedia({ colorScheme: 'light' });
  });

  it('draws every element light on a reader’s dark system when no theme is given', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    for (const el of await all(four())) expect(await background(el), el.localName).to.equal(LIGHT);
  });

  it('follows the reader’s system with theme="auto", and is dark with theme="dark"', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    for (const el of await all(four('auto'))) expect(await background(el), el.localName).to.equal(DARK);
    await emulateMedia({ colorScheme: 'light' });
    for (const el of await all(four('auto'))) expect(await background(el), el.localName).to.equal(LIGHT);
    for (const el of await all(four('dark'))) expect(await background(el), el.localName).to.equal(DARK);
  });

  it('takes the page’s data-pantau-theme on <html>, and follows it when it changes', async () => {
    document.documentElement.setAttribute('data-pantau-theme', 'dark');
    const els = await all(four());
    for (const el of els) expect(await background(el), el.localName).to.equal(DARK);
    document.documentElement.setAttribute('data-pantau-theme', 'light');
    await nextFrame();
    for (const el of els) expect(await background(el), el.localName).to.equal(LIGHT);
  });

  it('takes the nearest ancestor’s data-pantau-theme; an element’s own theme wins', async () => {
    document.documentElement.setAttribute('data-pantau-theme', 'dark');
    const wrap = await fixture<HTMLElement>(
      html`<section data-pantau-theme="light">
        <pantau-stat></pantau-stat>
        <pantau-stat theme="dark"></pantau-stat>
      </section>`,
    );
    const [inherits, own] = wrap.querySelectorAll('pantau-stat');
    expect(await background(inherits!)).to.equal(LIGHT);
    expect(await background(own!)).to.equal(DARK);
  });

  it('reads only the three theme names; anything else says nothing', () => {
    expect(parseTheme(' Dark ')).to.equal('dark');
    expect(parseTheme('auto')).to.equal('auto');
    expect(parseTheme('sepia')).to.equal(undefined);
    const el = document.createElement('div');
    el.setAttribute('theme', 'sepia');
    expect(resolveTheme(el)).to.equal('light');
  });
});

describe('one frame for every element', () => {
  it('gives the four elements the same padding, border and radius from the tokens', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div style="--pantau-space: 12px; --pantau-radius: 3px; --pantau-color-border: rgb(1, 2, 3)">
        ${TAGS.map((tag) => document.createElement(tag))}
      </div>`,
    );
    for (const el of wrap.querySelectorAll<HTMLElement>(TAGS.join(','))) {
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      const cs = getComputedStyle(el.shadowRoot!.querySelector('.root')!);
      expect([cs.paddingTop, cs.paddingLeft], el.localName).to.deep.equal(['12px', '12px']);
      expect(cs.borderTopLeftRadius, el.localName).to.equal('3px');
      expect([cs.borderTopWidth, cs.borderTopColor], el.localName).to.deep.equal(['1px', 'rgb(1, 2, 3)']);
    }
  });

  it('turns the border off with --pantau-frame-border: none', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div style="--pantau-frame-border: none">${TAGS.map((tag) => document.createElement(tag))}</div>`,
    );
    for (const el of wrap.querySelectorAll<HTMLElement>(TAGS.join(','))) {
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(getComputedStyle(el.shadowRoot!.querySelector('.root')!).borderTopStyle, el.localName).to.equal(
        'none',
      );
    }
  });
});
