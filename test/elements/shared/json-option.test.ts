import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import '../../../src/elements/complaint-trend/pantau-complaint-trend.js';
import '../../../src/elements/compliance-map/pantau-compliance-map.js';
import type { PantauComplaintTrend } from '../../../src/elements/complaint-trend/pantau-complaint-trend.js';
import type { PantauComplianceMap } from '../../../src/elements/compliance-map/pantau-compliance-map.js';
import { PantauErrorEvent } from '../../../src/events/error.js';
import { readAnnotations, readThresholds } from '../../../src/elements/shared/json-option.js';

/**
 * Options that are lists (a trend's annotations, a map's thresholds) written without script,
 * as a `<script type="application/json" data-pantau="…">` child, the way inline data is.
 */

const CSV = 'date,value\n2022,5\n2023,8\n2024,13\n';
const notes = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('.annotations text.note')].map((n) => n.textContent);
const shown = (el: Element) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');

async function settled(el: Element, ready: () => boolean) {
  for (let i = 0; i < 200 && !ready(); i++) await nextFrame();
  await (el as PantauComplaintTrend).updateComplete;
}

async function trend(children: string): Promise<PantauComplaintTrend> {
  const wrap = await fixture(html`<div style="width: 640px"></div>`);
  // Markup as a page author writes it: the children are in place when the element upgrades.
  wrap.innerHTML = `<pantau-complaint-trend period="year" lang="en">${children}</pantau-complaint-trend>`;
  const el = wrap.firstElementChild as PantauComplaintTrend;
  await settled(el, () => !!el.shadowRoot?.querySelector('.plot .series'));
  return el;
}

const annotations = (json: string) =>
  `<script type="application/json" data-pantau="annotations">${json}</script>`;
const data = `<script type="text/csv">${CSV}</script>`;

describe('Options written as JSON children', () => {
  it('draws a trend annotation given as a child, and does not take that child for the data', async () => {
    // The option's child comes first: the data reader must skip it.
    const el = await trend(annotations('[{"date": "2023", "label": "New rules"}]') + data);
    expect(notes(el)).to.deep.equal(['New rules']);
    expect(el.annotations).to.deep.equal([{ date: '2023', label: 'New rules' }]);
    expect(shown(el)).to.contain('13');
  });

  it('follows the child when its text changes', async () => {
    const el = await trend(data + annotations('[{"date": 2023, "label": "A"}]'));
    el.querySelector('[data-pantau]')!.textContent = '[{"date": "2024", "label": "B"}]';
    await settled(el, () => notes(el)[0] === 'B');
    expect(notes(el)).to.deep.equal(['B']);
  });

  it('goes back to no annotations when the child is removed', async () => {
    const el = await trend(data + annotations('[{"date": "2023", "label": "A"}]'));
    el.querySelector('[data-pantau]')!.remove();
    await settled(el, () => notes(el).length === 0);
    expect(notes(el)).to.deep.equal([]);
    expect(el.annotations).to.deep.equal([]);
  });

  it('lets a value set on the property win over the child', async () => {
    const el = await trend(data + annotations('[{"date": "2023", "label": "From the child"}]'));
    el.annotations = [{ date: '2024', label: 'From script' }];
    el.querySelector('[data-pantau]')!.textContent = '[{"date": "2022", "label": "Changed child"}]';
    await settled(el, () => notes(el)[0] === 'From script');
    expect(notes(el)).to.deep.equal(['From script']);
  });

  it('says so, fires pantau-error and still draws the data when the child is not JSON', async () => {
    const wrap = await fixture(html`<div style="width: 640px"></div>`);
    const error = oneEvent(wrap, PantauErrorEvent.eventName);
    wrap.innerHTML = `<pantau-complaint-trend period="year" lang="en">${data}${annotations('[{date: 2023}')}</pantau-complaint-trend>`;
    const el = wrap.firstElementChild as PantauComplaintTrend;
    const e = (await error) as PantauErrorEvent;
    expect(e.detail.code).to.equal('parse');
    expect(e.detail.message).to.contain('data-pantau="annotations"');
    await settled(el, () => !!el.shadowRoot?.querySelector('.plot .series'));
    const notice = el.shadowRoot!.querySelector('[part="option-notice"]')!;
    expect(notice.textContent).to.contain('The annotations option was ignored');
    expect(notice.textContent).to.contain('not valid JSON');
    expect(shown(el)).to.contain('13');
    expect(notes(el)).to.deep.equal([]);
  });

  it('speaks Indonesian on an Indonesian page', async () => {
    const wrap = await fixture(html`<div style="width: 640px"></div>`);
    wrap.innerHTML = `<pantau-complaint-trend period="year">${data}${annotations('{"date": "2023"}')}</pantau-complaint-trend>`;
    const el = wrap.firstElementChild as PantauComplaintTrend;
    await settled(el, () => !!el.shadowRoot?.querySelector('[part="option-notice"]'));
    expect(el.shadowRoot!.querySelector('[part="option-notice"]')!.textContent).to.contain(
      'Opsi annotations diabaikan',
    );
  });

  it('keeps the readable entries and counts the others', async () => {
    const el = await trend(
      data + annotations('[{"date": "2023", "label": "Kept"}, {"label": "no date"}, 5]'),
    );
    expect(notes(el)).to.deep.equal(['Kept']);
    expect(el.shadowRoot!.querySelector('[part="option-notice"]')!.textContent).to.contain(
      '2 unreadable entries',
    );
  });

  it('colours a map by thresholds given as a child', async () => {
    const wrap = await fixture(html`<div style="width: 640px"></div>`);
    wrap.innerHTML = `<pantau-compliance-map lang="en" projection="none" feature-key="code">
      <script type="application/json" data-pantau="thresholds">
        [{"min": 0, "label": "Needs work"}, {"min": 70, "label": {"id": "Baik", "en": "Good"}, "color": "#1a7f37"}]
      </script>
      <script type="application/geo+json">{"type":"FeatureCollection","features":[
        {"type":"Feature","id":"a","properties":{"code":"a"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[10,0],[10,10],[0,10],[0,0]]]}},
        {"type":"Feature","id":"b","properties":{"code":"b"},"geometry":{"type":"Polygon","coordinates":[[[10,0],[20,0],[20,10],[10,10],[10,0]]]}}]}</script>
      <script type="application/json">[{"code": "a", "score": 90}, {"code": "b", "score": 40}]</script>
    </pantau-compliance-map>`;
    const el = wrap.firstElementChild as PantauComplianceMap;
    await settled(el, () => !!el.shadowRoot?.querySelector('.legend-label'));
    const labels = [...el.shadowRoot!.querySelectorAll('.legend-label')].map((l) => l.textContent?.trim());
    expect(labels).to.include.members(['Good', 'Needs work']);
    expect(el.thresholds).to.have.length(2);
  });

  it('reads only well-formed entries', () => {
    expect(readAnnotations({ date: '2024' })).to.be.undefined;
    expect(
      readAnnotations([
        { date: '', label: 'x' },
        { date: '2024-03', label: 'y' },
      ]),
    ).to.deep.equal({
      value: [{ date: '2024-03', label: 'y' }],
      skipped: 1,
    });
    expect(
      readThresholds([
        { min: '80', label: 'x' },
        { min: 80, label: { id: 'Baik' } },
        { min: 80, label: 'ok', color: 3 },
      ]),
    ).to.deep.equal({ value: [], skipped: 3 });
    expect(readThresholds([{ min: 80, label: 'Baik', color: '#0a0' }])!.value).to.deep.equal([
      { min: 80, label: 'Baik', color: '#0a0' },
    ]);
  });
});
