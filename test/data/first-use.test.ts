import { expect } from '@open-wc/testing';
// Only the registry and CSV: Open311 and CKAN come through `registerFormatOnFirstUse`, as in an element's file.
import '../../src/data/formats/csv/index.js';
import { DataError, toDataError } from '../../src/data/errors.js';
import { fetchText } from '../../src/data/net/fetch.js';
import type { FormatPlugin } from '../../src/data/formats/plugin.js';
import { registerFormatOnFirstUse } from '../../src/data/first-use.js';
import { normalizeValue, parseText, withFormats } from '../../src/data/registry.js';

const CKAN = {
  success: true,
  result: { fields: [{ id: 'n', type: 'int4' }], records: [{ n: '7' }], total: 1 },
};
const XML =
  '<service_requests><request><service_request_id>1</service_request_id></request></service_requests>';

describe('formats read by plugins loaded on first use', () => {
  let loads = { ckan: 0, open311: 0 };
  let failNext = false;
  before(() => {
    registerFormatOnFirstUse(['ckan'], async () => {
      loads.ckan++;
      if (failNext) {
        failNext = false;
        throw new DataError('network', 'pantau-ckan.js could not be loaded');
      }
      const m = await import('../../src/data/formats/ckan/plugins.js');
      return m.ckanPlugins(fetchText);
    });
    registerFormatOnFirstUse(['open311', 'open311-xml'], async (): Promise<FormatPlugin[]> => {
      loads.open311++;
      const m = await import('../../src/data/formats/open311/plugins.js');
      return m.open311Plugins(fetchText);
    });
  });
  beforeEach(() => (loads = { ckan: 0, open311: 0 }));

  it('stay synchronous for formats already in the bundle', () => {
    const r = withFormats(() => parseText('a,b\n1,2\n'));
    expect(r).to.not.be.instanceOf(Promise);
  });

  it('reports a failed load, then loads again on the next read and reads the data', async () => {
    failNext = true;
    const e = await Promise.resolve(withFormats(() => normalizeValue(CKAN))).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(e).to.be.instanceOf(DataError);
    expect((e as DataError).message).to.contain('pantau-ckan.js');
    const r = await withFormats(() => parseText(JSON.stringify(CKAN)));
    expect(r).to.deep.equal({ data: [{ n: 7 }], format: 'ckan' });
    expect(loads.ckan).to.equal(2);
    // Loaded: a later read is synchronous and loads nothing.
    expect(withFormats(() => normalizeValue(CKAN).format)).to.equal('ckan');
    expect(loads.ckan).to.equal(2);
  });

  it('load the Open311 JSON and XML readers once, together', async () => {
    const [xml, json] = await Promise.all([
      withFormats(() => parseText(XML)),
      withFormats(() => normalizeValue([{ service_request_id: '2' }])),
    ]);
    expect(xml.format).to.equal('open311-xml');
    expect(json.format).to.equal('open311');
    expect(loads.open311).to.equal(1);
  });

  it('keep errors thrown by a copy of DataError (a side file carries its own) DataErrors', () => {
    // What a side file's own copy of the class builds: another class, the same name and info.
    class CopyOfDataError extends Error {
      readonly info = { code: 'http' as const, message: 'from a side file' };
      constructor() {
        super('from a side file');
        this.name = 'DataError';
      }
    }
    const copy = new CopyOfDataError();
    expect(copy).to.be.instanceOf(DataError);
    expect(toDataError(copy).info.code).to.equal('http');
    expect(new Error('plain')).to.not.be.instanceOf(DataError);
    expect(new DataError('parse', 'ours')).to.be.instanceOf(DataError);
  });
});
