import { expect } from '@open-wc/testing';
import '../../src/index.js';
import '../../src/geo/id-provinces.js';
import { CORPUS, type ChaosCase } from './chaos/corpus.js';
import {
  brokenPaths,
  injected,
  prototypesClean,
  PWNED,
  settled,
  showsError,
  visibleText,
  watch,
} from './chaos/watch.js';

/** A main-thread task longer than this, for an input under the caps, fails the case. */
const LONG_TASK_MS = 200;

/** Mounts a case in a phone-wide box, as a page author would write it, and checks every invariant. */
async function run(c: ChaosCase): Promise<void> {
  const box = document.createElement('div');
  box.style.width = '360px';
  document.body.append(box);
  const w = watch();
  try {
    const tpl = document.createElement('template');
    tpl.innerHTML = c.markup;
    const el = tpl.content.firstElementChild as HTMLElement;
    if (c.props) Object.assign(el, c.props());
    box.append(el);
    await settled(el, c.settleMs ?? 10000);
    const shown = visibleText(el);

    expect(PWNED, 'script payloads that ran').to.deep.equal([]);
    expect(injected(el), 'markup or links made from data').to.deep.equal([]);
    expect(prototypesClean(), 'Object.prototype untouched').to.be.true;
    expect(w.errors, 'uncaught errors').to.deep.equal([]);
    expect(brokenPaths(el), 'paths with NaN or Infinity').to.equal(0);
    if (c.shows === 'error') expect(showsError(el), `error state shown: ${shown.slice(0, 200)}`).to.be.true;
    if (c.shows === 'data')
      expect(showsError(el), `data shown, not an error: ${shown.slice(0, 200)}`).to.be.false;
    if (c.text) expect(shown).to.match(c.text);
    if (c.notText) expect(shown, 'what the reader sees').to.not.match(c.notText);
    if (c.requests)
      expect(w.requests(c.requests.match), `requests to ${c.requests.match}`).to.be.at.most(c.requests.max);
    if (!c.overCap)
      expect(
        w.longTasks.filter((t) => t > LONG_TASK_MS),
        `main-thread tasks over ${LONG_TASK_MS} ms`,
      ).to.deep.equal([]);
  } finally {
    w.stop();
    box.remove();
    PWNED.length = 0;
  }
}

describe('Chaos: hostile and careless inputs through every element and every way in', function () {
  this.timeout(60000);

  // First renders compile styles and templates once per element: not the input's cost.
  before(async () => {
    for (const c of CORPUS.filter((x) => x.cls === 'script').slice(0, 6)) await run({ ...c, overCap: true });
  });
  const classes = [...new Set(CORPUS.map((c) => c.cls))];
  for (const cls of classes)
    describe(cls, () => {
      for (const c of CORPUS.filter((x) => x.cls === cls))
        it(`${c.id} (${c.tag}, by ${c.way})`, () => run(c));
    });
});
