import { expect, fixture, html, nextFrame } from '@open-wc/testing';
// The element only: the page never imports the province geometry itself.
import '../../../src/elements/compliance-map/pantau-compliance-map.js';
import type { PantauComplianceMap } from '../../../src/elements/compliance-map/pantau-compliance-map.js';
import { getGeometry } from '../../../src/geo/registry.js';

const shapes = (el: Element) => el.shadowRoot!.querySelectorAll('.regions [data-i]:not(.hit)');

describe('<pantau-compliance-map> with a geometry pantau ships', () => {
  it('loads geo="id-provinces" on its own, busy until it is drawn', async () => {
    expect(getGeometry('id-provinces'), 'not loaded by the test page').to.be.undefined;
    const el = await fixture<PantauComplianceMap>(
      html`<pantau-compliance-map lang="en" geo="id-provinces" name-field="name"
        ><script type="application/json">
          [{ "name": "Aceh", "score": 90, "year": 2022 }]
        </script></pantau-compliance-map
      >`,
    );
    expect(el.shadowRoot!.textContent).to.contain('Loading the "id-provinces" boundaries');
    expect(el.getAttribute('aria-busy')).to.equal('true');
    for (let i = 0; i < 300 && shapes(el).length < 38; i++) await nextFrame();
    expect(shapes(el)).to.have.length(38);
    expect(el.hasAttribute('aria-busy')).to.be.false;
  });

  it('still says a geometry pantau does not ship must be loaded or given by URL', async () => {
    const el = await fixture<PantauComplianceMap>(
      html`<pantau-compliance-map lang="en" geo="id-villages"></pantau-compliance-map>`,
    );
    expect(el.shadowRoot!.textContent).to.contain('Geometry "id-villages" is not loaded');
  });
});
