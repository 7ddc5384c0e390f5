import { expect } from '@open-wc/testing';
import { aggregateByPeriod } from '../../src/data/aggregate/period-table.js';
import { fetchCkan } from '../../src/data/formats/ckan/fetch.js';
import { DataError } from '../../src/data/errors.js';
import { clearCache } from '../../src/data/net/fetch.js';
import { toFeatureCollection } from '../../src/data/formats/geojson/feature-collection.js';
import { load } from '../../src/data/load.js';
import { fetchOpen311 } from '../../src/data/formats/open311/fetch.js';
import { open311Windows, parseOpen311Xml } from '../../src/data/formats/open311/open311.js';
import { parseText } from '../../src/data/registry.js';
import { readNumber, readString, validateRows } from '../../src/data/validate/schema.js';
import { complaintTable, complaintsValidator } from '../../src/data/validate/schemas/complaints.js';
import type { Row } from '../../src/data/validate/schema.js';
// Every format reader, as pantau/data registers them.
import '../../src/data/formats/all.js';

const F = '/test/fixtures';
let n = 0;
const key = () => `s${Date.now()}-${n++}`;
const calls = async (route: string, k: string) =>
  ((await (await fetch(`/__faults/calls?route=${route}&key=${k}`)).json()) as { count: number }).count;

describe('sources: Open311 GeoReport v2', () => {
  it('reads the Bloomington requests and counts them per day by service', async () => {
    const r = await load(`${F}/open311/open311status-bloomington_requests.json`);
    expect(r.format).to.equal('open311');
    const v = complaintsValidator({ seriesField: 'service_name' })(r.data, r.format);
    expect(v.rowCount).to.equal(21);
    expect(v.issues).to.deep.equal([]);
    const table = complaintTable(v.value, 'day');
    expect(table.total).to.equal(21);
    expect(table.series).to.include('Graffiti');
    // 2012-05-23T15:55:28-04:00 is 24 May in Jakarta.
    expect(table.periods.at(-1)).to.equal('2012-05-24');
  });

  it('reads the Bloomington services', async () => {
    const r = await load(`${F}/open311/open311status-bloomington_services.json`);
    expect(r.format).to.equal('open311');
    expect(r.data).to.have.length(46);
    expect((r.data as Row[])[0]).to.include({ service_name: 'City Performance', metadata: false });
  });

  it('reads the Chicago requests, one without status_notes', async () => {
    const r = await load(`${F}/open311/open311status-spec-chicago_service_requests.json`);
    const v = complaintsValidator()(r.data, r.format);
    expect(v.value.kind === 'records' && v.value.records.map((x) => x.date)).to.deep.equal([
      '2014-07-12T10:58:43-05:00',
      '2014-07-12T10:48:56-05:00',
    ]);
  });

  it('reads the spec XML requests and services', async () => {
    const requests = await load(`${F}/open311/cfa-open311-gem-service_requests.xml`);
    expect(requests.format).to.equal('open311-xml');
    const rows = requests.data as Row[];
    expect(rows[0]).to.include({
      service_request_id: '638344',
      status: 'closed',
      requested_datetime: '2010-04-14T06:37:38-08:00',
      lat: '37.762221815',
    });
    const v = complaintsValidator()(rows, 'open311-xml');
    const closed = v.value.kind === 'records' ? v.value.records[0]! : undefined;
    expect(closed).to.include({
      closed: '2010-04-14T06:37:38-08:00',
      expected: '2010-04-15T06:37:38-08:00',
      status: 'closed',
    });
    const services = await load(`${F}/open311/cfa-open311-gem-services.xml`);
    expect((services.data as Row[]).length).to.be.greaterThan(10);
    expect((services.data as Row[])[0]).to.include({
      service_code: '001',
      service_name: 'Cans_Left_Out_24x7',
    });
  });

  it('reports an Open311 error response and malformed XML', () => {
    expect(() =>
      parseOpen311Xml(
        '<errors><error><code>403</code><description>Invalid api_key</description></error></errors>',
      ),
    ).to.throw(DataError, /403 Invalid api_key/);
    expect(() => parseOpen311Xml('<service_requests><request>')).to.throw(DataError, /not well-formed/);
  });

  it('splits a range longer than 90 days into windows', () => {
    const w = open311Windows('2024-01-01', '2024-12-31');
    expect(w).to.have.length(5);
    expect(w[0]).to.deep.equal(['2024-01-01T00:00:00.000Z', '2024-03-31T00:00:00.000Z']);
    expect(w.at(-1)![1]).to.equal('2024-12-31T00:00:00.000Z');
    expect(open311Windows('2024-01-01', '2024-02-01')).to.have.length(1);
  });

  it('pages a year of requests in 90-day windows without repeating a request', async () => {
    clearCache();
    const k = key();
    const rows = await fetchOpen311(
      `/__faults/open311/requests?start_date=2024-01-01&end_date=2024-12-31&key=${k}`,
    );
    expect(await calls('open311', k)).to.equal(5);
    expect(rows).to.have.length(366);
    expect(new Set(rows.map((r) => r.service_request_id)).size).to.equal(366);
  });
});

describe('sources: CKAN DataStore', () => {
  it('reads the data.gov.sg response, numbers coerced by field type', async () => {
    const r = await load(`${F}/ckan/data-gov-sg_datastore_search_mobile-data-volume.json`);
    expect(r.format).to.equal('ckan');
    const rows = r.data as Row[];
    expect(rows).to.have.length(59);
    expect(rows[0]).to.deep.equal({ volume_of_mobile_data: 0.000384, quarter: '2004-Q3', _id: 1 });
    const t = aggregateByPeriod(rows, {
      period: 'quarter',
      date: (x) => x.quarter,
      value: (x) => x.volume_of_mobile_data,
    });
    expect(t.periods).to.have.length(59);
    expect([t.periods[0], t.periods.at(-1)]).to.deep.equal(['2004-Q3', '2019-Q1']);
    expect(t.skipped).to.equal(0);
  });

  it('follows _links.next to the total', async () => {
    const k = key();
    const r = await fetchCkan(`/__faults/ckan/datastore_search?total=250&key=${k}`);
    expect(r.records).to.have.length(250);
    expect(r.capped).to.equal(false);
    expect(r.records[249]).to.deep.equal({ _id: 250, quarter: '2062-Q2', volume: 24.9, active: true });
    expect(await calls('ckan', k)).to.equal(3);
  });

  it('reports the row cap instead of applying it silently', async () => {
    const r = await fetchCkan(`/__faults/ckan/datastore_search?total=250&key=${key()}`, { maxRows: 150 });
    expect(r.records).to.have.length(150);
    expect([r.capped, r.total, r.cap]).to.deep.equal([true, 250, 150]);
    const loaded = await load(`/__faults/ckan/datastore_search?total=250&key=${key()}`, { maxRows: 120 });
    expect(loaded.truncated).to.deep.equal({ total: 250, kept: 120 });
  });
});

describe('sources: CSV files', () => {
  it('reads the Ombudsman complaint reports and leaves out rows without a count', async () => {
    const r = await load(`${F}/complaints/ombudsman-ri-reports.csv`);
    expect(r.format).to.equal('csv');
    expect(r.data).to.have.length(86);
    const v = complaintsValidator({ dateField: 'year', valueField: 'count', seriesField: 'metric' })(
      r.data,
      r.format,
    );
    expect(v.rowCount).to.equal(86);
    expect(v.issues.every((i) => i.field === 'count' && i.value === '')).to.equal(true);
    const records = v.value.kind === 'records' ? v.value.records : [];
    expect(records.length + v.issues.length).to.equal(86);
    const yearly = records.filter((x) => x.series === 'laporan masyarakat');
    expect(yearly.map((x) => [x.date, x.value])).to.deep.include.members([
      ['2023', 8452],
      ['2021', 7148],
    ]);
  });

  it('reads the compliance ratings with their scores', async () => {
    const r = await load(`${F}/compliance/ombudsman-compliance-2022.csv`);
    const v = validateRows(r.data, (row, ctx) => ({
      name: readString(row, 'entity_name', ctx, { required: true })!,
      score: readNumber(row, 'score', ctx),
    }));
    expect(v.rowCount).to.equal(69);
    expect(v.value[0]).to.deep.equal({ name: 'Pemprov Sulawesi Utara', score: 98.15 });
  });

  it('reads the SLA table, including a quoted group name with commas', async () => {
    const r = await load(`${F}/sla/baltimore-dpob-311-groups-sla-2024-2025.csv`);
    const rows = r.data as Row[];
    expect(rows).to.have.length(7);
    expect(rows.map((x) => x.group)).to.include('Traffic Signals, Lights, Signs');
    expect(rows[3]).to.include({ avg_days_to_close: '14', avg_sla_days: '7.6' });
  });
});

describe('sources: GeoJSON and TopoJSON', () => {
  it('reads the TopoJSON provinces as a FeatureCollection of 38', async () => {
    const r = await load(`${F}/geo/id-provinces-38.topo.json`);
    expect(r.format).to.equal('topojson');
    const fc = r.data as GeoJSON.FeatureCollection;
    expect(fc.type).to.equal('FeatureCollection');
    expect(fc.features).to.have.length(38);
  });

  it('keeps a TopoJSON as loaded with records: false, so the caller picks the object', async () => {
    const r = await load(`${F}/geo/id-provinces-38.topo.json`, { records: false });
    expect(r.format).to.equal('topojson');
    const topo = r.data as { type: string; objects: Record<string, unknown> };
    expect(topo.type).to.equal('Topology');
    expect(Object.keys(topo.objects)).to.deep.equal(['indonesia-38-prov-topo']);
    const text = await (await fetch(`${F}/geo/id-provinces-38.topo.json`)).text();
    const inline = parseText(text, 'json', { records: false });
    expect(inline.format).to.equal('topojson');
    expect((inline.data as { type: string }).type).to.equal('Topology');
    expect((parseText(text, 'json').data as { type: string }).type).to.equal('FeatureCollection');
  });

  it('reads GeoJSON as is, and wraps a Feature or a geometry', async () => {
    const r = await load(`${F}/geo/id-provinces-38.geojson`);
    expect((r.data as GeoJSON.FeatureCollection).features).to.have.length(38);
    const point = { type: 'Point', coordinates: [106.8, -6.2] };
    expect(toFeatureCollection(point).features[0]!.geometry).to.deep.equal(point);
    expect(toFeatureCollection({ type: 'Feature', properties: {}, geometry: point }).features).to.have.length(
      1,
    );
  });

  it('says which TopoJSON objects exist when the named one does not', async () => {
    const topo = await (await fetch(`${F}/geo/id-provinces-38.topo.json`)).json();
    expect(() => toFeatureCollection(topo, 'kabupaten')).to.throw(
      DataError,
      /no object "kabupaten"; it has: indonesia-38-prov-topo/,
    );
    expect(() => toFeatureCollection([1, 2])).to.throw(DataError, /GeoJSON or TopoJSON/);
    expect(() => toFeatureCollection({ type: 'Topology', objects: {} })).to.throw(DataError, /no objects/);
  });
});
