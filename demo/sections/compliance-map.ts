// The compliance map section: the shipped provinces joined by name to the Ombudsman's 2022
// results, with drill-down into the regencies of the 507-shape file; the selected region is
// shown under the map and the data-quality report is counted. The province boundaries load
// themselves (geo="id-provinces"), in a chunk of their own.
import '../../src/elements/compliance-map/pantau-compliance-map.js';

const out = document.querySelector<HTMLOutputElement>('#map-picked');
const notes = document.querySelector<HTMLOutputElement>('#map-issues');
const section = document.querySelector<HTMLElement>('#compliance-map');

section?.addEventListener('pantau-region-select', (e) => {
  const { name, record } = e.detail;
  if (out) out.value = name ? `${name}${record?.score !== undefined ? `: ${record.score}` : ''}` : '–';
});

section?.addEventListener('pantau-data-issues', (e) => {
  // A map's report: the join's counts come with the rows left out.
  const { matched = 0, unmatched = [] } = e.detail;
  if (notes) notes.value = `${matched} / ${matched + unmatched.length}`;
});
