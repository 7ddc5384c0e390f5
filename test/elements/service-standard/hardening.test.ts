import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { PantauServiceStandard } from '../../../src/elements/service-standard/pantau-service-standard.js';
import { expectNoAxeViolations } from '../../helpers/axe.js';
import { $, $$, card, catalogue, FIXTURE_URL, text } from './helpers.js';

const HOSTILE = ['<img src=x onerror=alert(1)>', 'javascript:alert(1)', '"><script>alert(1)</script>'];

function hostileService(h: string) {
  const list = [h, `${h} 2`];
  return {
    id: 'h',
    name: h,
    provider: h,
    unit: h,
    legalBasis: list,
    requirements: list,
    procedure: list,
    timeLimit: { value: 3, unit: h },
    fee: { text: h, note: h },
    product: h,
    facilities: list,
    staffCompetence: h,
    internalOversight: h,
    complaints: (['lapor', 'phone', 'email', 'whatsapp', 'web', 'address'] as const).map((type) => ({
      type,
      value: h,
      label: h,
    })),
    staffCount: h,
    serviceGuarantee: h,
    safetyGuarantee: h,
    staffEvaluation: h,
    pledge: h,
    updated: h,
    note: h,
    source: h,
    sourceUrl: h,
    performance: {
      compliance: { year: 2023, scheme: h, zone: h, category: h, opinion: h },
      satisfaction: { index: 80, grade: h },
      delivery: { period: h, actualDays: 5 },
    },
  };
}

describe('<pantau-service-standard> hardening', () => {
  for (const h of HOSTILE) {
    it(`shows ${JSON.stringify(h)} in every field as text, never as markup or a link`, async () => {
      const el = await card(hostileService(h));
      const root = el.shadowRoot!;
      expect(root.querySelectorAll('img, script, iframe, object')).to.have.length(0);
      for (const a of root.querySelectorAll('a'))
        expect(a.getAttribute('href')).to.match(/^(https?:|mailto:|tel:)/);
      expect($$(el, '.channels a').map((a) => a.getAttribute('href'))).to.deep.equal([]);
      expect(text($(el, '.title'))).to.equal(h);
      expect(text($(el, 'blockquote'))).to.equal(h);
      expect(text($(el, '.footer'))).to.contain(h);
      expect(text($(el, '.facts'))).to.contain(`3 ${h}`);
      expect($$(el, '.channels li').every((li) => text(li).includes(h))).to.equal(true);
      expect(el.querySelectorAll('img, script:not([type="application/ld+json"])')).to.have.length(0);
    });
  }

  it('keeps every component kind counted with hostile values (none dropped silently)', async () => {
    const el = await card(hostileService('<b>x</b>'));
    expect(text($(el, '.completeness-text'))).to.equal('14 dari 14 komponen dipublikasikan');
  });
});

describe('<pantau-service-standard> data states', () => {
  it('says there is no data yet without a source', async () => {
    const el = await fixture<PantauServiceStandard>(
      html`<pantau-service-standard lang="id"></pantau-service-standard>`,
    );
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('.root'))).to.contain('Belum ada data');
    expect(el.querySelector('script')).to.equal(null);
  });

  it('is busy while loading, then shows the card from src', async () => {
    const el = await fixture<PantauServiceStandard>(
      html`<pantau-service-standard
        src="/__service-standard/slow.json?ms=800"
        service="nib-oss"
      ></pantau-service-standard>`,
    );
    await el.updateComplete;
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect($(el, 'article')).to.equal(null);
    await waitUntil(() => $(el, 'article'), 'never loaded', { timeout: 5000 });
    expect(text($(el, '.title'))).to.equal('Penerbitan Nomor Induk Berusaha (NIB) melalui OSS RBA');
    expect(el.hasAttribute('aria-busy') && el.getAttribute('aria-busy') === 'true').to.equal(false);
  });

  it('shows an error with a retry button for a missing file, and fires pantau-error', async () => {
    const errors: string[] = [];
    const el = await fixture<PantauServiceStandard>(
      html`<pantau-service-standard
        src="/test/fixtures/services/nope.json"
        @pantau-error=${(e: CustomEvent) => errors.push(e.detail.code)}
      ></pantau-service-standard>`,
    );
    await waitUntil(() => $(el, '[role=alert]'), 'no error shown', { timeout: 5000 });
    expect($(el, 'button')).not.to.equal(null);
    expect(errors).to.deep.equal(['http']);
  });

  it('shows an error for JSON that is not a service', async () => {
    const el = await fixture<PantauServiceStandard>(
      html`<pantau-service-standard .data=${{ rows: [1, 2] }}></pantau-service-standard>`,
    );
    await waitUntil(() => $(el, '[role=alert]'), 'no error shown', { timeout: 5000 });
    expect($(el, 'article')).to.equal(null);
  });

  it('loads a catalogue from src', async () => {
    const el = await fixture<PantauServiceStandard>(
      html`<pantau-service-standard
        src=${FIXTURE_URL}
        service="baltimore-311-water"
      ></pantau-service-standard>`,
    );
    await waitUntil(() => $(el, 'article'), 'never loaded', { timeout: 5000 });
    expect(text($(el, '.verdict'))).to.equal(
      'Realisasi 19 hari, standar 3 hari: 6,3× lebih lama dari standar',
    );
  });
});

describe('<pantau-service-standard> accessibility', () => {
  for (const theme of ['light', 'dark'])
    for (const lang of ['id', 'en']) {
      it(`has no axe violations, full and compact, ${theme} theme, ${lang}`, async () => {
        const data = await catalogue();
        for (const service of ['ktp-el', 'puskesmas-umum', 'baltimore-311-water']) {
          const full = await card(data, { service, theme, lang });
          (full.shadowRoot!.querySelectorAll('details') as NodeListOf<HTMLDetailsElement>).forEach(
            (d) => (d.open = true),
          );
          await expectNoAxeViolations(full);
          await expectNoAxeViolations(
            await card(data, { service, theme, lang, variant: 'compact', detailsHref: '#x' }),
          );
        }
      });
    }

  it('fires one pantau-error when the chosen service is not in the catalogue', async () => {
    const errors: CustomEvent[] = [];
    const listener = (e: Event) => errors.push(e as CustomEvent);
    document.addEventListener('pantau-error', listener);
    try {
      const el = await card(await catalogue(), { service: 'nope' });
      await el.updateComplete;
      el.variant = 'compact';
      await el.updateComplete;
      expect(errors).to.have.length(1);
      expect(errors[0].detail.code).to.equal('no-rows');
      expect(errors[0].detail.message).to.contain('"nope"');
      el.service = 'also-missing';
      await el.updateComplete;
      expect(errors).to.have.length(2);
    } finally {
      document.removeEventListener('pantau-error', listener);
    }
  });

  it('has no axe violations in the missing-service error state', async () => {
    await expectNoAxeViolations(await card(await catalogue(), { service: 'nope' }));
  });
});
