import { expect } from '@open-wc/testing';
import { DataError } from '../../../src/data/errors.js';
import {
  parseOpen311,
  parseOpen311Xml,
  parseOpen311XmlSliced,
} from '../../../src/data/formats/open311/open311.js';
import { readFlatXml } from '../../../src/data/formats/open311/xml.js';

const F = '/test/fixtures/open311';

/** What the DOM reads: each child of the root as an object of its children's trimmed text. */
function viaDom(text: string): { root: string; rows: Record<string, string>[] } {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  const root = doc.documentElement;
  return {
    root: root.localName,
    rows: [...root.children].map((item) =>
      Object.fromEntries([...item.children].map((f) => [f.localName, (f.textContent ?? '').trim()])),
    ),
  };
}

const parseError = (text: string): DataError => {
  try {
    readFlatXml(text);
  } catch (e) {
    expect(e).to.be.instanceOf(DataError);
    return e as DataError;
  }
  throw new Error(`read without error: ${text}`);
};

describe('Open311 XML read without a DOM', () => {
  for (const file of ['cfa-open311-gem-service_requests.xml', 'cfa-open311-gem-services.xml'])
    it(`reads ${file} as the DOM does`, async () => {
      const text = await (await fetch(`${F}/${file}`)).text();
      expect(readFlatXml(text)).to.deep.equal(viaDom(text));
    });

  it('reads entities, CDATA, comments, namespaces, attributes, self-closing and nested fields as the DOM does', () => {
    const text = `\uFEFF<?xml version="1.0"?>
<!DOCTYPE service_requests>
<!-- a comment, with <tags> -->
<o:service_requests xmlns:o="urn:x" version='2'>
  <request id="1" note="a > b">
    <service_name>Jalan &amp; Jembatan &lt;rusak&gt; &#233;&#x1F600; &quot;x&apos;</service_name>
    <description><![CDATA[<b>tebal</b> & kasar]]></description>
    <o:status>open</o:status>
    <empty/>
    <address><line>Jl. Sudirman</line> <line>No. 1</line></address>
  </request>
  <request/>
  <?pi ignored?>
</o:service_requests>
`;
    const flat = readFlatXml(text);
    expect(flat).to.deep.equal(viaDom(text));
    expect(flat.rows[0]!.service_name).to.equal('Jalan & Jembatan <rusak> é😀 "x\'');
    expect(flat.rows[0]!.description).to.equal('<b>tebal</b> & kasar');
  });

  const broken: [string, string][] = [
    ['cut off', '<service_requests><request><status>op'],
    ['mismatched tags', '<service_requests><request></status></request></service_requests>'],
    ['an unknown entity', '<service_requests><request><a>&nbsp;</a></request></service_requests>'],
    ['a bare ampersand', '<service_requests><request><a>A & B</a></request></service_requests>'],
    ['two roots', '<services/><services/>'],
    ['text outside the root', 'oops<services/>'],
    ['a broken tag', '<service_requests><request <a>1</a></request></service_requests>'],
    ['no root', '<?xml version="1.0"?>'],
  ];
  for (const [what, text] of broken)
    it(`${what} is a parse error that says the XML is not well-formed`, () => {
      const e = parseError(text);
      expect(e.code).to.equal('parse');
      expect(e.message).to.match(/not well-formed/);
      // The DOM agrees that it is broken.
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      expect(doc.getElementsByTagName('parsererror').length, 'DOMParser too').to.be.greaterThan(0);
    });

  it('makes no element of the data: an XHTML image with onerror is only text', () => {
    const rows = parseOpen311(
      '<service_requests xmlns:x="http://www.w3.org/1999/xhtml"><request><description><x:img src="x" onerror="alert(1)"/>hi</description></request></service_requests>',
    );
    expect(rows).to.deep.equal([{ description: 'hi' }]);
  });

  it('still reports Open311 errors and foreign roots', () => {
    expect(() =>
      parseOpen311Xml(
        '<errors><error><code>403</code><description>Invalid api_key</description></error></errors>',
      ),
    ).to.throw(DataError, /403 Invalid api_key/);
    expect(() => parseOpen311Xml('<rss/>')).to.throw(DataError, /got <rss>/);
  });

  it('refuses XML text over the one-go cap, and reads it by URL in slices that let the page run', async () => {
    const item = '<request><service_request_id>1</service_request_id><status>open</status></request>\n';
    const big = `<service_requests>${item.repeat(Math.ceil(3_000_000 / item.length))}</service_requests>`;
    expect(() => parseOpen311Xml(big)).to.throw(DataError, /larger than the 1\.0 MB read in one go/);
    let turns = 0;
    const ticker = setInterval(() => turns++, 0);
    const rows = await parseOpen311XmlSliced(big);
    clearInterval(ticker);
    expect(rows.length).to.equal(Math.ceil(3_000_000 / item.length));
    expect(turns, 'timers ran while the XML was read').to.be.greaterThan(0);
  });
});
