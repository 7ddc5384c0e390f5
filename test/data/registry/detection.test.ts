import { expect } from '@open-wc/testing';
import { formatFromUrl, formatOfJson } from '../../../src/data/registry.js';

describe('format detection', () => {
  it('recognises Open311 requests endpoints by URL, for paging', () => {
    expect(formatFromUrl('https://city.example/open311/v2/requests.json')).to.equal('open311');
    expect(formatFromUrl('https://city.example/open311/v2/requests/123.json')).to.equal('open311');
  });

  it('does not take any services.json for Open311: a catalogue of standards is plain JSON', () => {
    expect(formatFromUrl('/data/services/services.json')).to.equal(undefined);
    expect(formatOfJson({ services: [{ id: 'ktp-el', name: 'KTP-el' }] })).to.equal('json');
  });

  it('recognises an Open311 service list by its content', () => {
    expect(formatOfJson([{ service_code: '4', service_name: 'Potholes' }])).to.equal('open311');
  });

  it('names files by extension and CKAN by its action', () => {
    expect(formatFromUrl('/a/b.CSV')).to.equal('csv');
    expect(formatFromUrl('/geo/id.topo.json')).to.equal('topojson');
    expect(formatFromUrl('/api/3/action/datastore_search?resource_id=x')).to.equal('ckan');
  });
});
