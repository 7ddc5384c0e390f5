import { expect } from '@open-wc/testing';

// Each element file defines its tag only if the page has none by that name: a page may load
// several pantau files (`pantau.js` from its template, an element's own file from an embed code).
const ELEMENT_FILES = {
  'pantau-stat': () => import('../../../src/elements/stat/pantau-stat.js'),
  'pantau-complaint-trend': () => import('../../../src/elements/complaint-trend/pantau-complaint-trend.js'),
  'pantau-compliance-map': () => import('../../../src/elements/compliance-map/pantau-compliance-map.js'),
  'pantau-service-standard': () =>
    import('../../../src/elements/service-standard/pantau-service-standard.js'),
};

describe('pantau elements register once', () => {
  it('keeps the first definition when a second file defines the same tag', async () => {
    // Defined before any element file loads, as another pantau file would have.
    const first = new Map<string, CustomElementConstructor>();
    for (const tag of Object.keys(ELEMENT_FILES)) {
      const First = class extends HTMLElement {};
      customElements.define(tag, First);
      first.set(tag, First);
    }
    for (const [tag, load] of Object.entries(ELEMENT_FILES)) {
      await load(); // rejects if the file's define throws
      expect(customElements.get(tag), tag).to.equal(first.get(tag));
    }
  });
});
