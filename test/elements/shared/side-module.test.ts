import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import type { PantauErrorEvent } from '../../../src/events/error.js';
import { DownloadMenuController, renderDownloadMenu } from '../../../src/elements/shared/download-menu.js';
import { loadSide, SideFileError } from '../../../src/elements/shared/side-module.js';

/** The smallest host of a download menu whose downloads run `download`. */
class MenuHost extends LitElement {
  readonly menu = new DownloadMenuController(this);
  download: () => Promise<void> = () => Promise.resolve();
  override render() {
    return renderDownloadMenu(this.menu, 'en', () => void this.menu.run(this.download));
  }
}
customElements.define('side-module-menu-host', MenuHost);

const missing = () =>
  Promise.reject(new SideFileError('pantau-x.export.js', 'https://cdn.example/p/pantau-x.export.js'));

describe('side modules', () => {
  it('loads a side module once and shares the load', async () => {
    let calls = 0;
    const load = () => {
      calls++;
      return Promise.resolve({ answer: 42 });
    };
    const [a, b] = await Promise.all([loadSide('test-once.js', load), loadSide('test-once.js', load)]);
    expect(a).to.equal(b);
    expect(a.answer).to.equal(42);
    expect(calls).to.equal(1);
  });

  it('names the file and the URL the browser gave when a side module fails to load', async () => {
    const error = await loadSide('test-missing.js', () =>
      Promise.reject(
        new TypeError('Failed to fetch dynamically imported module: https://cdn.example/test-missing.js'),
      ),
    ).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(SideFileError);
    expect((error as SideFileError).file).to.equal('test-missing.js');
    expect((error as SideFileError).url).to.equal('https://cdn.example/test-missing.js');
    expect((error as Error).message).to.equal('could not load https://cdn.example/test-missing.js');
  });

  it('tries a failed side module again on the next use', async () => {
    let calls = 0;
    const load = () => (++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve('ok'));
    const first = await loadSide('test-retry.js', load).catch((e: unknown) => e);
    expect(first).to.be.instanceOf(SideFileError);
    expect((first as SideFileError).url).to.equal(undefined);
    expect(await loadSide('test-retry.js', load)).to.equal('ok');
  });
});

describe('a download whose side file is missing', () => {
  async function pickWith(download: () => Promise<void>) {
    const el = await fixture<MenuHost>(html`<side-module-menu-host></side-module-menu-host>`);
    el.download = download;
    const events: PantauErrorEvent[] = [];
    el.addEventListener('pantau-error', (e) => events.push(e));
    el.shadowRoot!.querySelector<HTMLElement>('[part=download-button]')!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLElement>('[data-kind=svg]')!.click();
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    return { el, events, shown: el.shadowRoot!.querySelector('.dl-error') };
  }

  it('says in the menu which file could not be loaded, as an alert', async () => {
    const { shown } = await pickWith(missing);
    expect(shown).to.exist;
    expect(shown!.getAttribute('role')).to.equal('alert');
    expect(shown!.textContent).to.equal(
      'Downloads are unavailable: could not load the file pantau-x.export.js.',
    );
  });

  it('fires pantau-error with the URL of the missing file', async () => {
    const { events } = await pickWith(missing);
    expect(events).to.have.length(1);
    expect(events[0]!.detail).to.deep.equal({
      code: 'network',
      message: 'could not load https://cdn.example/p/pantau-x.export.js',
      url: 'https://cdn.example/p/pantau-x.export.js',
    });
    expect(events[0]!.bubbles && events[0]!.composed).to.be.true;
  });

  it('keeps the menu working and clears the message once a download succeeds', async () => {
    const { el } = await pickWith(missing);
    el.download = () => Promise.resolve();
    el.shadowRoot!.querySelector<HTMLElement>('[part=download-button]')!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLElement>('[data-kind=csv]')!.click();
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.dl-error')).to.equal(null);
  });

  it('shows nothing when the download works', async () => {
    const { shown, events } = await pickWith(() => Promise.resolve());
    expect(shown).to.equal(null);
    expect(events).to.deep.equal([]);
  });
});
