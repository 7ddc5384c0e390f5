import { expect, fixture, html } from '@open-wc/testing';
import { $$, card, catalogue } from './helpers.js';

const ldScripts = (el: Element) => [
  ...el.querySelectorAll<HTMLScriptElement>(':scope > script[type="application/ld+json"]'),
];

describe('<pantau-service-standard> JSON-LD', () => {
  it('adds one GovernmentService block to the light DOM with price and currency', async () => {
    const el = await card(await catalogue(), { service: 'ktp-el' });
    const scripts = ldScripts(el);
    expect(scripts).to.have.length(1);
    const ld = JSON.parse(scripts[0]!.textContent!);
    expect(ld['@context']).to.equal('https://schema.org');
    expect(ld['@type']).to.equal('GovernmentService');
    expect(ld.name).to.equal('Penerbitan KTP-el (Kartu Tanda Penduduk Elektronik)');
    expect(ld.provider['@type']).to.equal('GovernmentOrganization');
    expect(ld.offers).to.include({ '@type': 'Offer', price: 0, priceCurrency: 'IDR' });
    expect(ld.description).to.contain('1. Ambil nomor antrean');
  });

  it('replaces the block when the service changes and removes it on no-json-ld', async () => {
    const el = await card(await catalogue(), { service: 'ktp-el' });
    el.service = 'puskesmas-umum';
    await el.updateComplete;
    expect(ldScripts(el)).to.have.length(1);
    expect(JSON.parse(ldScripts(el)[0]!.textContent!).offers.price).to.equal(10000);
    el.noJsonLd = true;
    await el.updateComplete;
    expect(ldScripts(el)).to.have.length(0);
  });

  it('is removed when the element leaves the page and comes back with it', async () => {
    const el = await card(await catalogue(), { service: 'ktp-el' });
    const parent = el.parentElement!;
    el.remove();
    expect(ldScripts(el)).to.have.length(0);
    parent.append(el);
    await el.updateComplete;
    await el.updateComplete;
    expect(ldScripts(el)).to.have.length(1);
  });

  it('cannot be broken out of by data containing </script>', async () => {
    const el = await card({ name: '</script><script>window.__pwned = 1</script>', provider: '<!--', fee: 0 });
    const script = ldScripts(el)[0]!;
    expect(script.textContent).not.to.contain('<');
    expect(JSON.parse(script.textContent!).name).to.equal('</script><script>window.__pwned = 1</script>');
    expect(el.querySelectorAll('script')).to.have.length(1);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('is left out when no-json-ld is set from the start', async () => {
    const el = await card(await catalogue(), { service: 'ktp-el', noJsonLd: true });
    expect(ldScripts(el)).to.have.length(0);
  });

  it('does not disturb inline JSON data', async () => {
    const data = JSON.stringify({ name: 'Inline', fee: 5000 });
    const el = await fixture(
      html`<pantau-service-standard
        ><script type="application/json">
          ${data}
        </script></pantau-service-standard
      >`,
    );
    await new Promise((r) => setTimeout(r, 100));
    expect(el.shadowRoot!.textContent).to.contain('Rp 5.000');
    expect(ldScripts(el)).to.have.length(1);
    expect(el.querySelectorAll('script[type="application/json"]')).to.have.length(1);
  });
});

describe('<pantau-service-standard> print', () => {
  it('opens every details section before printing and restores them after', async () => {
    const el = await card(await catalogue(), { service: 'ktp-el' });
    const details = $$(el, 'details[part=details]') as HTMLDetailsElement[];
    details[1]!.open = true;
    window.dispatchEvent(new Event('beforeprint'));
    expect(details.every((d) => d.open)).to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
    expect(details.map((d) => d.open)).to.deep.equal([false, true, false, false, false]);
  });

  it('has print rules: details content shown, call to action hidden, no borders', async () => {
    const el = await card(await catalogue(), { service: 'ktp-el' });
    const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((s) => [...s.cssRules]);
    const print = rules.filter(
      (r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText === 'print',
    );
    const css = print.map((r) => r.cssText).join('\n');
    expect(css).to.contain('details::details-content');
    expect(css).to.match(/\.cta[^{]*\{[^}]*display: none/);
    expect(css).to.match(/\.root \{[^}]*border: 0/);
  });

  it('stops listening for print once removed', async () => {
    const el = await card(await catalogue(), { service: 'ktp-el' });
    const details = $$(el, 'details') as HTMLDetailsElement[];
    el.remove();
    window.dispatchEvent(new Event('beforeprint'));
    expect(details.some((d) => d.open)).to.equal(false);
    window.dispatchEvent(new Event('afterprint'));
  });
});
