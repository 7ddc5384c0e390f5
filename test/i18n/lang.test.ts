import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { LitElement } from 'lit';
import { normalizeLang, resolveLang } from '../../src/i18n/lang.js';
import { LocaleController } from '../../src/elements/shared/locale-controller.js';
import { defineMessages } from '../../src/i18n/messages.js';

class LangProbe extends LitElement {
  locale = new LocaleController(this);
  renders = 0;
  override render() {
    this.renders += 1;
    return html`${this.locale.lang}`;
  }
}
customElements.define('lang-probe', LangProbe);

describe('language resolution', () => {
  const original = document.documentElement.getAttribute('lang');
  afterEach(() => {
    if (original === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', original);
  });

  it('maps tags to supported languages', () => {
    expect(normalizeLang('id-ID')).to.equal('id');
    expect(normalizeLang('in')).to.equal('id');
    expect(normalizeLang('en-US')).to.equal('en');
    expect(normalizeLang('')).to.equal(undefined);
    expect(normalizeLang(null)).to.equal(undefined);
  });

  it('defaults to Indonesian when nothing says otherwise', async () => {
    document.documentElement.removeAttribute('lang');
    const el = await fixture(html`<div><span></span></div>`);
    expect(resolveLang(el.querySelector('span')!)).to.equal('id');
  });

  it('takes its own lang over an ancestor lang', async () => {
    const el = await fixture(html`<div lang="en"><span lang="id"></span><b></b></div>`);
    expect(resolveLang(el.querySelector('span')!)).to.equal('id');
    expect(resolveLang(el.querySelector('b')!)).to.equal('en');
  });

  it('looks through shadow roots to the host ancestors', async () => {
    const host = await fixture(html`<div lang="en"><div></div></div>`);
    const inner = host.firstElementChild!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<p></p>';
    expect(resolveLang(inner.querySelector('p')!)).to.equal('en');
  });

  it('follows changes of the document language and of its own attribute', async () => {
    document.documentElement.setAttribute('lang', 'id');
    const el = await fixture<LangProbe>(html`<lang-probe></lang-probe>`);
    expect(el.shadowRoot!.textContent).to.equal('id');
    document.documentElement.setAttribute('lang', 'en');
    await nextFrame();
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('en');
    el.setAttribute('lang', 'id');
    await nextFrame();
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('id');
  });
});

describe('messages', () => {
  const t = defineMessages({ hello: ['Halo {name}, {n} laporan', 'Hello {name}, {n} reports'] });

  it('fills placeholders in the chosen language', () => {
    expect(t('id', 'hello', { name: 'Ani', n: 3 })).to.equal('Halo Ani, 3 laporan');
    expect(t('en', 'hello', { name: 'Ani', n: 3 })).to.equal('Hello Ani, 3 reports');
  });

  it('leaves unknown placeholders visible rather than dropping text', () => {
    expect(t('en', 'hello', { name: 'Ani' })).to.equal('Hello Ani, {n} reports');
  });
});
