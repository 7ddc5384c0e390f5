import { expect } from '@open-wc/testing';
import '../../../src/pantau-compliance-map.js';
import '../../../src/geo/id-provinces.js';
import type { DataIssuesDetail, PantauDataIssuesEvent } from '../../../src/events/data-issues.js';
import { settled } from '../../hardening/chaos/watch.js';

describe('<pantau-compliance-map> reports once per dataset', () => {
  it('fires pantau-data-issues once when its ratings come by src, not for the map drawn while they load', async () => {
    const el = document.createElement('pantau-compliance-map');
    el.setAttribute('geo', 'id-provinces');
    el.setAttribute('src', '/test/fixtures/compliance/ombudsman-compliance-2022.csv');
    el.setAttribute('name-field', 'entity_name');
    const events: DataIssuesDetail[] = [];
    el.addEventListener('pantau-data-issues', (e) =>
      events.push((e as PantauDataIssuesEvent<DataIssuesDetail>).detail),
    );
    document.body.append(el);
    try {
      await settled(el, 8000);
      await new Promise((r) => setTimeout(r, 500));
      expect(events).to.have.length(1);
      expect(events[0]!.matched).to.be.greaterThan(0);
    } finally {
      el.remove();
    }
  });
});
