import { expect } from '@open-wc/testing';
import { CORPUS } from './chaos/corpus.js';
import { PWNED } from './chaos/watch.js';
import { probe } from '../helpers/csp-probe.js';

/**
 * The chaos corpus on a strict-CSP page with Trusted Types enforced, through the CDN bundle:
 * a violation report is noise a site's report endpoint cannot act on, and a report about
 * script means pantau tried to run or write it. The corpus is sent in batches small enough
 * for a URL; network storms and very long inputs run in chaos.test.ts only.
 */
const MAX_BATCH = 6000;
const batches: string[][] = [];
for (const c of CORPUS) {
  if (c.props || c.requests || c.markup.length > MAX_BATCH) continue;
  const last = batches.at(-1);
  if (last && last.join('').length + c.markup.length <= MAX_BATCH) last.push(c.markup);
  else batches.push([c.markup]);
}

describe('Chaos under a strict CSP with Trusted Types', function () {
  this.timeout(60000);

  before(async () => {
    const res = await fetch('/dist/cdn/pantau.js', { method: 'HEAD' });
    if (!res.ok) throw new Error('/dist/cdn/pantau.js is missing: run `npm run build` first');
  });

  batches.forEach((markup, i) => {
    it(`batch ${i + 1} of ${batches.length} (${markup.length} cases): no violation, no error, every element settles`, async () => {
      const { violations, errors, results } = await probe({ body: markup.join('\n'), tt: 'lit-html,pantau' });
      expect(PWNED, 'payloads that ran').to.deep.equal([]);
      expect(violations, 'CSP and Trusted Types violations').to.deep.equal([]);
      expect(errors, 'page errors').to.deep.equal([]);
      for (const r of results) expect(r.text, `${r.tag} shows something`).to.not.equal('');
    });
  });
});
