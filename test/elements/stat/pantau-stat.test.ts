import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import '../../../src/elements/stat/pantau-stat.js';
import type { PantauStat } from '../../../src/elements/stat/pantau-stat.js';
import { expectNoAxeViolations } from '../../helpers/axe.js';
import { StatHarness } from '../../harness/stat.js';

const text = (el: Element) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').trim();
const sentence = (el: Element) => el.shadowRoot!.querySelector('.visually-hidden')!.textContent!.trim();

async function ombudsman(lang = 'id') {
  return fixture<PantauStat>(
    html`<pantau-stat
      lang=${lang}
      label="Laporan masyarakat"
      value="10846"
      previous="8452"
      unit="laporan"
      period="2024"
      previous-period="2023"
      source="Ombudsman RI"
      source-url="https://ombudsman.go.id/"
      updated="2025-01-15"
      lower-is-better
    ></pantau-stat>`,
  );
}

describe('<pantau-stat>', () => {
  it('reads the whole figure as one Indonesian sentence', async () => {
    const el = await ombudsman();
    expect(sentence(el)).to.equal(
      'Laporan masyarakat: 10.846 laporan pada 2024, naik 28,3% dari 8.452 pada 2023.',
    );
  });

  it('reads the figure in English when its lang is en', async () => {
    const el = await ombudsman('en');
    expect(sentence(el)).to.equal('Laporan masyarakat: 10,846 laporan in 2024, up 28.3% from 8,452 in 2023.');
    expect(text(el)).to.contain('Source: Ombudsman RI');
    expect(text(el)).to.contain('Updated 15 January 2025');
  });

  it('shows value, change and footer visibly with Indonesian formatting', async () => {
    const h = new StatHarness(await ombudsman());
    expect(h.value()).to.equal('10.846');
    expect(h.change()!.text).to.equal('▲ 28,3%');
    expect(h.text()).to.contain('Diperbarui 15 Januari 2025');
    expect(h.sourceLink()).to.deep.equal({ text: 'Ombudsman RI', href: 'https://ombudsman.go.id/' });
  });

  it('colours a rise as bad news when lower is better, and says so in words', async () => {
    const el = await ombudsman();
    const h = new StatHarness(el);
    expect(h.change()!.tone).to.equal('bad');
    expect(h.text()).to.contain('(lebih buruk)');
    el.lowerIsBetter = false;
    await el.updateComplete;
    expect(h.change()!.tone).to.equal('good');
    expect(h.text()).to.contain('(lebih baik)');
  });

  it('describes a fall and an unchanged value', async () => {
    const el = await fixture<PantauStat>(
      html`<pantau-stat value="90" previous="120" period="2024"></pantau-stat>`,
    );
    expect(sentence(el)).to.equal('90 pada 2024, turun 25% dari 120.');
    el.value = 120;
    await el.updateComplete;
    expect(sentence(el)).to.equal('120 pada 2024, tetap dari 120.');
  });

  it('does not divide by a zero previous value', async () => {
    const el = await fixture<PantauStat>(html`<pantau-stat lang="en" value="5" previous="0"></pantau-stat>`);
    expect(sentence(el)).to.equal('5, up from 0.');
  });

  it('takes its figure from the data property, attributes winning', async () => {
    const el = await fixture<PantauStat>(html`<pantau-stat label="Override"></pantau-stat>`);
    el.data = { value: 1500000, label: 'Ignored', unit: 'rupiah', notation: 'rupiah' };
    await waitUntil(() => !sentence(el).includes('Belum'), 'data applied');
    expect(sentence(el)).to.equal('Override: Rp 1.500.000 rupiah.');
  });

  it('says there is no data yet instead of showing NaN', async () => {
    const el = await fixture<PantauStat>(html`<pantau-stat label="Laporan" value="abc"></pantau-stat>`);
    expect(sentence(el)).to.equal('Laporan: Belum ada data.');
    expect(text(el)).not.to.contain('NaN');
  });

  it('follows the document language when it changes', async () => {
    const before = document.documentElement.getAttribute('lang');
    document.documentElement.setAttribute('lang', 'id');
    const el = await fixture<PantauStat>(html`<pantau-stat value="1500" period="2024"></pantau-stat>`);
    expect(sentence(el)).to.equal('1.500 pada 2024.');
    document.documentElement.setAttribute('lang', 'en');
    await nextFrame();
    await el.updateComplete;
    expect(sentence(el)).to.equal('1,500 in 2024.');
    if (before === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', before);
  });

  it('never turns hostile strings into markup or script links', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const el = await fixture<PantauStat>(
      html`<pantau-stat
        value="1"
        label=${hostile}
        unit=${hostile}
        source=${hostile}
        source-url="javascript:window.__pwned=1"
      ></pantau-stat>`,
    );
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
    expect(text(el)).to.contain(hostile);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('sizes its text, the figure included, from --pantau-font-size', async () => {
    // A page with html { font-size: 62.5% } sets the token back to a readable size.
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="--pantau-font-size: 20px">
        <pantau-stat label="Laporan" value="10846"></pantau-stat>
      </div>`,
    );
    const el = wrap.querySelector('pantau-stat') as PantauStat;
    await el.updateComplete;
    const size = (part: string) => getComputedStyle(el.shadowRoot!.querySelector(`[part=${part}]`)!).fontSize;
    expect(size('value')).to.equal('50px');
    expect(size('label')).to.equal('20px');
  });

  it('has no axe violations in light and dark themes', async () => {
    const el = await ombudsman();
    await expectNoAxeViolations(el);
    el.theme = 'dark';
    await el.updateComplete;
    await expectNoAxeViolations(el);
  });
});

describe('<pantau-stat> data sources', () => {
  const FIXTURE = '/test/fixtures/stats/ombudsman-totals.json';

  it('loads its figure from src and picks one with select', async () => {
    const el = await fixture<PantauStat>(
      html`<pantau-stat src=${FIXTURE} select="laporan-2022"></pantau-stat>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part=value]'), 'figure rendered');
    expect(sentence(el)).to.equal(
      'Laporan masyarakat 2022: 8.295 laporan pada 2022, naik 16% dari 7.148 pada 2021.',
    );
    expect(el.shadowRoot!.querySelector('[part=change]')!.classList.contains('bad')).to.equal(true);
  });

  it('shows the first figure by default and lets attributes override loaded fields', async () => {
    const el = await fixture<PantauStat>(html`<pantau-stat src=${FIXTURE} label="Total"></pantau-stat>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part=value]'), 'figure rendered');
    expect(sentence(el)).to.equal('Total: 10.846 laporan pada 2024, naik 28,3% dari 8.452 pada 2023.');
    expect(text(el)).to.contain('Diperbarui 15 Januari 2025');
  });

  it('reads inline JSON without executing it', async () => {
    const el = await fixture<PantauStat>(
      html`<pantau-stat lang="en">
        <script type="application/json">
          { "label": "Requests closed", "value": 1500, "period": "2024" }
        </script>
      </pantau-stat>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part=value]'), 'figure rendered');
    expect(sentence(el)).to.equal('Requests closed: 1,500 in 2024.');
  });

  it('shows an accessible error with a retry button and fires pantau-error when src fails', async () => {
    const errors: Event[] = [];
    const wrap = await fixture<HTMLDivElement>(
      html`<div @pantau-error=${(e: Event) => errors.push(e)}>
        <pantau-stat src="/__faults/status/404"></pantau-stat>
      </div>`,
    );
    const el = wrap.querySelector('pantau-stat')!;
    await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]'), 'error shown');
    expect(el.shadowRoot!.querySelector('button')!.textContent!.trim()).to.equal('Coba lagi');
    expect(errors).to.have.length(1);
    await expectNoAxeViolations(el);
  });
});
