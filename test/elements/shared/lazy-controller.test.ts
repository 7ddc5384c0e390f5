import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import '../../../src/elements/stat/pantau-stat.js';
import type { PantauStat } from '../../../src/elements/stat/pantau-stat.js';
import { waitingCount } from '../../../src/elements/shared/lazy-controller.js';
import { expectNoAxeViolations } from '../../helpers/axe.js';

const FIGURE = '/test/fixtures/stats/ombudsman-totals.json';
let n = 0;
/** A fresh key per test: the fault server counts requests per key. */
const nextKey = () => `lazy-${Date.now()}-${n++}`;
const counted = (key: string) => `/__faults/slow?ms=5&key=${key}`;

async function requests(key: string): Promise<number> {
  const r = await fetch(`/__faults/calls?route=slow&key=${key}`);
  return ((await r.json()) as { count: number }).count;
}

/** Polls the fault server until `key` has been requested `n` times (waitUntil takes no promise). */
async function requested(key: string, n: number, timeout = 3000): Promise<void> {
  const end = performance.now() + timeout;
  while ((await requests(key)) !== n) {
    if (performance.now() > end) expect(await requests(key), `requests of ${key}`).to.equal(n);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function frames(k = 4): Promise<void> {
  for (let i = 0; i < k; i++) await nextFrame();
}

/** An element far below the viewport (4 screens down), with the page scrolled to the top. */
async function below(el: ReturnType<typeof html>): Promise<{ host: HTMLElement; el: PantauStat }> {
  const host = await fixture<HTMLElement>(
    html`<div>
      <div style="height: 400vh"></div>
      ${el}
    </div>`,
  );
  scrollTo(0, 0);
  const stat = host.querySelector<PantauStat>('pantau-stat')!;
  await stat.updateComplete;
  await frames();
  return { host, el: stat };
}

const figure = (el: PantauStat) => el.shadowRoot!.querySelector('[part=value]');
const waitingState = (el: PantauStat) => el.shadowRoot!.querySelector('.data-state.loading');

describe('loading="lazy" (an element off-screen waits)', () => {
  afterEach(() => scrollTo(0, 0));

  it('requests nothing and shows its loading state, not busy, while far below the viewport', async () => {
    const key = nextKey();
    const { el } = await below(html`<pantau-stat loading="lazy" src=${counted(key)}></pantau-stat>`);
    expect(waitingState(el), 'loading state holds the place').to.exist;
    expect(el.hasAttribute('aria-busy'), 'not busy: it may never be scrolled to').to.equal(false);
    expect(await requests(key)).to.equal(0);
    await expectNoAxeViolations(el);
  });

  it('keeps the height of an eager element loading the same source', async () => {
    const key = nextKey();
    const host = await fixture<HTMLElement>(
      html`<div>
        <pantau-stat src=${`/__faults/slow?ms=2000&key=${key}`}></pantau-stat>
        <div style="height: 400vh"></div>
        <pantau-stat loading="lazy" src=${FIGURE}></pantau-stat>
      </div>`,
    );
    const [eager, lazy] = host.querySelectorAll<PantauStat>('pantau-stat');
    await frames();
    expect(waitingState(eager!)).to.exist;
    expect(waitingState(lazy!)).to.exist;
    expect(lazy!.getBoundingClientRect().height).to.equal(eager!.getBoundingClientRect().height);
  });

  it('loads and draws when scrolled near, then fires its events as an eager one', async () => {
    const { el } = await below(
      html`<pantau-stat loading="lazy" src=${`${FIGURE}?${nextKey()}`}></pantau-stat>`,
    );
    expect(!!figure(el), 'no figure while waiting').to.equal(false);
    let issues = 0;
    el.addEventListener('pantau-data-issues', () => issues++);
    el.scrollIntoView();
    await waitUntil(() => figure(el), 'figure drawn once near');
    expect(issues).to.equal(1);
    expect(el.hasAttribute('aria-busy')).to.equal(false);
  });

  it('never waits again once it has loaded, even scrolled away or moved', async () => {
    const key = nextKey();
    const { host, el } = await below(
      html`<pantau-stat loading="lazy" src=${`${FIGURE}?${key}`}></pantau-stat>`,
    );
    el.scrollIntoView();
    await waitUntil(() => figure(el), 'figure drawn once near');
    scrollTo(0, 0);
    host.append(el);
    await el.updateComplete;
    await frames();
    expect(figure(el), 'still drawn after moving').to.exist;
    expect(waitingCount()).to.equal(0);
  });

  it('starts at once when set to eager while waiting', async () => {
    const { el } = await below(
      html`<pantau-stat loading="lazy" src=${`${FIGURE}?${nextKey()}`}></pantau-stat>`,
    );
    el.loading = 'eager';
    await waitUntil(() => figure(el), 'figure drawn once eager');
  });

  it('loads everything waiting before the page is printed', async () => {
    const { el } = await below(
      html`<pantau-stat loading="lazy" src=${`${FIGURE}?${nextKey()}`}></pantau-stat>`,
    );
    dispatchEvent(new Event('beforeprint'));
    await waitUntil(() => figure(el), 'figure drawn for printing');
    expect(waitingCount()).to.equal(0);
  });

  it('leaves nothing behind when removed while waiting', async () => {
    const key = nextKey();
    const before = waitingCount();
    const { host, el } = await below(html`<pantau-stat loading="lazy" src=${counted(key)}></pantau-stat>`);
    expect(waitingCount()).to.equal(before + 1);
    el.remove();
    expect(waitingCount(), 'unobserved on removal').to.equal(before);
    // Neither printing nor the spot it stood in coming into view wakes it.
    dispatchEvent(new Event('beforeprint'));
    host.lastElementChild?.scrollIntoView();
    await frames(6);
    expect(await requests(key)).to.equal(0);
  });

  it('waits again from where it was when put back before loading', async () => {
    const key = nextKey();
    const { host, el } = await below(html`<pantau-stat loading="lazy" src=${counted(key)}></pantau-stat>`);
    el.remove();
    host.append(el);
    await el.updateComplete;
    await frames();
    expect(waitingCount()).to.equal(1);
    expect(await requests(key)).to.equal(0);
    el.scrollIntoView();
    await requested(key, 1);
  });

  it('is eager where IntersectionObserver is missing', async () => {
    const io = window.IntersectionObserver;
    // @ts-expect-error: a browser without IntersectionObserver
    delete window.IntersectionObserver;
    try {
      const { el } = await below(
        html`<pantau-stat loading="lazy" src=${`${FIGURE}?${nextKey()}`}></pantau-stat>`,
      );
      await waitUntil(() => figure(el), 'figure drawn without waiting');
    } finally {
      window.IntersectionObserver = io;
    }
  });

  it('stays eager by default, even far below the viewport', async () => {
    const key = nextKey();
    await below(html`<pantau-stat src=${counted(key)}></pantau-stat>`);
    await requested(key, 1);
  });

  it('waits when loading="lazy" is set after connecting, before the first update', async () => {
    const key = nextKey();
    const host = await fixture<HTMLElement>(html`<div><div style="height: 400vh"></div></div>`);
    const el = document.createElement('pantau-stat') as PantauStat;
    el.src = counted(key);
    host.append(el);
    el.loading = 'lazy';
    await el.updateComplete;
    await frames();
    expect(await requests(key)).to.equal(0);
    el.scrollIntoView();
    await requested(key, 1);
  });
});
