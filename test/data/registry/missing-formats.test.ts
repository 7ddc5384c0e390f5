import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
// Only what the stat's own bundle carries: its element (CSV and JSON) and the data client core.
import '../../../src/elements/stat/pantau-stat.js';
import type { PantauStat } from '../../../src/elements/stat/pantau-stat.js';
import { DataError } from '../../../src/data/errors.js';
import { clearCache } from '../../../src/data/net/fetch.js';
import { load } from '../../../src/data/load.js';
import { normalizeValue, parseText } from '../../../src/data/registry.js';
import type { PantauErrorEvent } from '../../../src/events/error.js';

const F = '/test/fixtures';
const MISSING = /does not read "(\w|-)+" data\. Load pantau\.js \(every format\)/;

function thrown(run: () => unknown): DataError {
  try {
    run();
  } catch (e) {
    if (e instanceof DataError) return e;
    throw e;
  }
  throw new Error('expected a DataError');
}

describe('format readers a bundle did not load', () => {
  beforeEach(() => clearCache());

  it('name the missing format and what to load, for a JSON value of that format', () => {
    const topology = { type: 'Topology', objects: {}, arcs: [] };
    const e = thrown(() => normalizeValue(topology));
    expect(e.code).to.equal('format');
    expect(e.message).to.match(MISSING).and.include('"topojson"');
    const ckan = { success: true, result: { records: [{ a: '1' }], fields: [] } };
    expect(thrown(() => parseText(JSON.stringify(ckan))).message).to.include('"ckan"');
  });

  it('never read Open311 XML as CSV text', () => {
    const e = thrown(() => parseText('<service_requests><request/></service_requests>'));
    expect(e.message).to.match(MISSING).and.include('"open311-xml"');
  });

  it('fail before any request for a URL that names the format', async () => {
    // A fetch would answer 404 ('http'); the missing reader is found first.
    const e = await load('/no-such-portal/api/3/action/datastore_search?resource_id=x').then(
      () => undefined,
      (err: unknown) => err as DataError,
    );
    expect(e).to.be.instanceOf(DataError);
    expect(e!.code).to.equal('format');
    expect(e!.message).to.include('"ckan"');
  });

  it('still read the formats the bundle has', async () => {
    const r = await load(`${F}/complaints/ombudsman-ri-reports.csv`);
    expect(r.format).to.equal('csv');
    expect(r.data).to.be.an('array').that.is.not.empty;
    expect(normalizeValue([{ value: 1 }]).data).to.deep.equal([{ value: 1 }]);
  });

  it('turn into an error state and a pantau-error event on an element, not a crash', async () => {
    // Listen before the element connects, so an early event is not missed.
    const el = document.createElement('pantau-stat') as PantauStat;
    el.src = `${F}/ckan/data-gov-sg_datastore_search_mobile-data-volume.json`;
    const fired = oneEvent(el, 'pantau-error');
    await fixture(html`<div></div>`).then((host) => host.append(el));
    const event = (await fired) as PantauErrorEvent;
    expect(event.detail.code).to.equal('format');
    expect(event.detail.message).to.match(MISSING).and.include('"ckan"');
    await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]'));
    const alert = el.shadowRoot!.querySelector('[role=alert]')!;
    // The headline names the cause (the file on the page), not the data.
    expect(alert.textContent).to.include(
      'Berkas pantau yang dimuat halaman ini tidak membaca format data ini.',
    );
    expect(alert.querySelector('code')!.textContent).to.include('pantau.js');
  });

  it('read the format once its module is imported', async () => {
    await import('../../../src/data/formats/ckan/index.js');
    const ckan = { success: true, result: { records: [{ a: '1' }], fields: [{ id: 'a', type: 'int' }] } };
    expect(normalizeValue(ckan)).to.deep.equal({ data: [{ a: 1 }], format: 'ckan' });
  });
});
