import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../../../src/elements/complaint-trend/pantau-complaint-trend.js';
import '../../../src/elements/compliance-map/pantau-compliance-map.js';
import '../../../src/geo/id-provinces.js';

const titleBox = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part=title]')!;
const subtitleBox = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part=subtitle]')!;

async function settled(el: HTMLElement & { updateComplete: Promise<boolean> }) {
  // slotchange fires after the first render; the header shows on the update it asks for.
  await nextFrame();
  await el.updateComplete;
}

describe('chart frame: slotted title and subtitle', () => {
  for (const tag of ['pantau-complaint-trend', 'pantau-compliance-map'] as const) {
    it(`<${tag}> shows a slotted title and subtitle without heading or subheading`, async () => {
      const host = await fixture<HTMLElement>(html`<div></div>`);
      host.innerHTML = `<${tag}><span slot="title">Judul dari halaman</span><span slot="subtitle">Baris kedua</span></${tag}>`;
      const el = host.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
      await settled(el);
      expect(titleBox(el).hidden).to.equal(false);
      expect(titleBox(el).getAttribute('role')).to.equal('heading');
      expect(subtitleBox(el).hidden).to.equal(false);
    });

    it(`<${tag}> hides the header lines again when the slotted content goes`, async () => {
      const host = await fixture<HTMLElement>(html`<div></div>`);
      host.innerHTML = `<${tag}><span slot="title">Judul</span></${tag}>`;
      const el = host.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
      await settled(el);
      expect(titleBox(el).hidden).to.equal(false);
      el.querySelector('[slot=title]')!.remove();
      await settled(el);
      expect(titleBox(el).hidden).to.equal(true);
      expect(titleBox(el).hasAttribute('role')).to.equal(false);
      expect(subtitleBox(el).hidden).to.equal(true);
    });
  }
});
