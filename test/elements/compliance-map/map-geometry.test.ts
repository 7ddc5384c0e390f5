import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { PantauComplianceMap } from '../../../src/elements/compliance-map/pantau-compliance-map.js';
import '../../../src/elements/compliance-map/pantau-compliance-map.js';

// us-atlas states: objects "states" (56 geometries, the first) and "nation" (1).
const STATES = '/node_modules/us-atlas/states-10m.json';

const regions = (el: PantauComplianceMap) => el['store'].model?.regions.length;

async function loaded(el: PantauComplianceMap): Promise<void> {
  await waitUntil(() => regions(el) !== undefined, 'the map never built its model', { timeout: 8000 });
}

describe('compliance map: TopoJSON geometry from geo-src or inline', () => {
  it('reads the geo-object a geo-src names, not the first object, and converts it itself', async () => {
    const el = await fixture<PantauComplianceMap>(
      html`<pantau-compliance-map lang="en" geo-src=${STATES} geo-object="nation"></pantau-compliance-map>`,
    );
    await loaded(el);
    expect(regions(el)).to.equal(1);
    // The map receives the Topology and converts it in its own slices.
    expect(el['store'].geometry.value).to.have.property('topology');
  });

  it('reads the first object of a geo-src when geo-object is not set', async () => {
    const el = await fixture<PantauComplianceMap>(
      html`<pantau-compliance-map lang="en" geo-src=${STATES}></pantau-compliance-map>`,
    );
    await loaded(el);
    expect(regions(el)).to.equal(56);
  });

  it('reads the geo-object of inline TopoJSON', async () => {
    const text = await (await fetch(STATES)).text();
    const el = await fixture<PantauComplianceMap>(
      html`<pantau-compliance-map lang="en" geo-object="nation"
        ><script type="application/topo+json">
          ${text}
        </script></pantau-compliance-map
      >`,
    );
    await loaded(el);
    expect(regions(el)).to.equal(1);
    expect(el['store'].geometry.value).to.have.property('topology');
  });
});
