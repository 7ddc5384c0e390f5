// The embed-code builder: pick an element, fill its main attributes, see it live and copy
// the lines a CMS page needs (script tags and the element). Values are set with setAttribute and written into the code
// escaped, so nothing typed here becomes markup.

interface Field {
  name: string;
  label: string;
  value: string;
  options?: string[];
}

interface Recipe {
  tag: string;
  /** The CDN files the page loads: the element's own, and the boundaries it draws. */
  bundles: string[];
  fields: Field[];
}

const RECIPES: Recipe[] = [
  {
    tag: 'pantau-stat',
    bundles: ['pantau-stat.js'],
    fields: [
      { name: 'label', label: 'Label', value: 'Laporan masyarakat ke Ombudsman RI' },
      { name: 'value', label: 'Nilai / Value', value: '10846' },
      { name: 'previous', label: 'Nilai sebelumnya / Previous', value: '8452' },
      { name: 'unit', label: 'Satuan / Unit', value: 'laporan' },
      { name: 'period', label: 'Periode / Period', value: '2024' },
      { name: 'previous-period', label: 'Periode sebelumnya / Previous period', value: '2023' },
      { name: 'source', label: 'Sumber / Source', value: 'Ombudsman RI' },
      {
        name: 'lower-is-better',
        label: 'Turun = baik / Lower is better',
        value: 'true',
        options: ['true', 'false'],
      },
    ],
  },
  {
    tag: 'pantau-complaint-trend',
    bundles: ['pantau-complaint-trend.js'],
    fields: [
      {
        name: 'src',
        label: 'URL data (CSV/JSON)',
        value: './data/open311/open311status-bloomington_requests.json',
      },
      {
        name: 'format',
        label: 'Format',
        value: 'open311',
        options: ['auto', 'csv', 'json', 'open311', 'open311-xml', 'ckan'],
      },
      {
        name: 'period',
        label: 'Periode / Period',
        value: 'day',
        options: ['day', 'week', 'month', 'quarter', 'year'],
      },
      { name: 'mode', label: 'Mode', value: 'bars', options: ['line', 'area', 'bars', 'grouped'] },
      { name: 'series-field', label: 'Kolom seri / Series field', value: 'service_name' },
      { name: 'heading', label: 'Judul / Heading', value: 'Laporan warga per hari' },
      { name: 'source', label: 'Sumber / Source', value: 'City of Bloomington Open311' },
    ],
  },
  {
    tag: 'pantau-compliance-map',
    bundles: ['pantau-compliance-map.js', 'pantau-id-provinces.js'],
    fields: [
      { name: 'geo', label: 'Peta / Boundaries', value: 'id-provinces', options: ['id-provinces'] },
      { name: 'src', label: 'URL data (CSV/JSON)', value: './data/compliance/ombudsman-compliance-2022.csv' },
      { name: 'name-field', label: 'Kolom nama / Name field', value: 'entity_name' },
      {
        name: 'scheme',
        label: 'Skema / Scheme',
        value: 'ombudsman-2022',
        options: ['ombudsman-2022', 'ombudsman-2021'],
      },
      { name: 'heading', label: 'Judul / Heading', value: 'Kepatuhan standar pelayanan 2022' },
    ],
  },
  {
    tag: 'pantau-service-standard',
    bundles: ['pantau-service-standard.js'],
    fields: [
      { name: 'src', label: 'URL data (JSON)', value: './data/services/services.json' },
      { name: 'service', label: 'Layanan / Service id', value: 'ktp-el' },
      { name: 'variant', label: 'Varian / Variant', value: 'full', options: ['full', 'compact'] },
    ],
  },
];

function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function snippet(recipe: Recipe, values: Map<string, string>): string {
  const attrs = recipe.fields
    .map((f) => [f.name, values.get(f.name) ?? ''] as const)
    .filter(([, v]) => v !== '' && v !== 'false' && v !== 'auto')
    .map(([k, v]) => (v === 'true' ? `  ${k}` : `  ${k}="${escapeAttr(v)}"`));
  return [
    ...recipe.bundles.map((b) => `<script type="module" src="/assets/pantau/${b}"></script>`),
    `<${recipe.tag}`,
    ...attrs,
    `></${recipe.tag}>`,
  ].join('\n');
}

function mount(root: HTMLElement) {
  const picker = root.querySelector<HTMLSelectElement>('#embed-element')!;
  const form = root.querySelector<HTMLElement>('#embed-fields')!;
  const preview = root.querySelector<HTMLElement>('#embed-preview')!;
  const code = root.querySelector<HTMLTextAreaElement>('#embed-code')!;
  const copy = root.querySelector<HTMLButtonElement>('#embed-copy')!;
  const status = root.querySelector<HTMLElement>('#embed-status')!;
  const values = new Map<string, string>();

  for (const r of RECIPES) picker.append(new Option(`<${r.tag}>`, r.tag));

  const recipe = () => RECIPES.find((r) => r.tag === picker.value) ?? RECIPES[0];

  function render() {
    const r = recipe();
    code.value = snippet(r, values);
    const el = document.createElement(r.tag);
    for (const f of r.fields) {
      const v = values.get(f.name) ?? '';
      if (v === '' || v === 'false' || v === 'auto') continue;
      el.setAttribute(f.name, v === 'true' ? '' : v);
    }
    preview.replaceChildren(el);
  }

  function buildFields() {
    const r = recipe();
    values.clear();
    form.replaceChildren();
    for (const f of r.fields) {
      values.set(f.name, f.value);
      const label = document.createElement('label');
      label.textContent = f.label;
      const input = f.options ? document.createElement('select') : document.createElement('input');
      if (input instanceof HTMLSelectElement) f.options!.forEach((o) => input.append(new Option(o, o)));
      input.value = f.value;
      input.name = f.name;
      input.addEventListener('input', () => {
        values.set(f.name, input.value);
        render();
      });
      label.append(input);
      form.append(label);
    }
    render();
  }

  picker.addEventListener('change', buildFields);
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code.value);
      status.textContent = 'Kode disalin / Code copied';
    } catch {
      code.select();
      status.textContent = 'Pilih dan salin kode secara manual / Select and copy the code manually';
    }
  });
  buildFields();
}

const root = document.querySelector<HTMLElement>('#embed');
if (root) mount(root);
