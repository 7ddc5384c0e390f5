// The embed-code builder: pick an element, paste its data (or give its URL), fill its title,
// source and fields, and copy the code. The code is one string (embed-code.ts); the preview is
// that string parsed and inserted, so it shows exactly what the copied code does. Typed values
// only ever reach the code escaped, and the preview is parsed from that code, never from input.
// Every element, for the preview.
import '../../src/index.js';
import { absoluteUrl, embedCode, inlineKind, optionJson, scriptText, type Choices } from './embed-code.js';
import { RECIPES } from './embed-recipes.js';

const $ = <T extends HTMLElement>(root: HTMLElement, id: string) => root.querySelector<T>(`#${id}`)!;

function mount(root: HTMLElement) {
  const picker = $<HTMLSelectElement>(root, 'embed-element');
  const form = $<HTMLElement>(root, 'embed-fields');
  const dataBox = $<HTMLFieldSetElement>(root, 'embed-data');
  const inline = $<HTMLTextAreaElement>(root, 'embed-inline');
  const url = $<HTMLInputElement>(root, 'embed-url');
  const hint = $<HTMLElement>(root, 'embed-data-hint');
  const dataStatus = $<HTMLElement>(root, 'embed-data-status');
  const optionBox = $<HTMLElement>(root, 'embed-option-box');
  const optionLabel = $<HTMLElement>(root, 'embed-option-label');
  const option = $<HTMLTextAreaElement>(root, 'embed-option');
  const lang = $<HTMLSelectElement>(root, 'embed-lang');
  const theme = $<HTMLSelectElement>(root, 'embed-theme');
  const base = $<HTMLInputElement>(root, 'embed-base');
  const preview = $<HTMLElement>(root, 'embed-preview');
  const code = $<HTMLTextAreaElement>(root, 'embed-code');
  const copy = $<HTMLButtonElement>(root, 'embed-copy');
  const status = $<HTMLElement>(root, 'embed-status');
  const values = new Map<string, string>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  for (const r of RECIPES) picker.append(new Option(`<${r.tag}>`, r.tag));
  const recipe = () => RECIPES.find((r) => r.tag === picker.value) ?? RECIPES[0];
  const source = () =>
    root.querySelector<HTMLInputElement>('input[name="embed-source"]:checked')?.value === 'url'
      ? 'url'
      : 'inline';

  function choices(): Choices {
    return {
      values,
      base: base.value,
      lang: lang.value,
      theme: theme.value,
      source: source(),
      inline: inline.value,
      url: url.value,
      option: option.value,
    };
  }

  /** What the data and option inputs will turn into, said before the reader copies the code. */
  function describe(c: Choices) {
    const r = recipe();
    const notes: string[] = [];
    if (r.data && c.source === 'url') {
      const abs = absoluteUrl(c.url, location.href);
      notes.push(
        abs
          ? `Data dimuat dari / Data loaded from ${abs}. Server lain harus mengizinkan situs Anda (CORS, connect-src) / Another server must allow your site (CORS, connect-src)`
          : 'Isi URL http(s) / Give an http(s) URL (a relative one is made absolute)',
      );
    } else if (r.data && c.inline.trim()) {
      const kind = inlineKind(c.inline);
      if (scriptText(c.inline, kind) === undefined)
        notes.push(
          'Data memuat "</script" atau "<!--" dan tidak dapat disisipkan / The data holds "</script" or "<!--" and cannot be inlined',
        );
      else if (kind === 'json' && !isJson(c.inline)) notes.push('JSON tidak sah / Not valid JSON');
      else
        notes.push(
          `${kind.toUpperCase()} disisipkan dalam kode / ${kind.toUpperCase()} travels inside the code`,
        );
    }
    if (r.option) {
      const { skipped } = optionJson(r.option, c.option);
      if (skipped) notes.push(`${r.option.name}: ${skipped} baris tidak terbaca / line(s) not readable`);
    }
    dataStatus.textContent = notes.join(' · ');
  }

  function render() {
    const c = choices();
    inline.closest('label')!.hidden = c.source !== 'inline';
    url.closest('label')!.hidden = c.source !== 'url';
    code.value = embedCode(recipe(), c, location.href);
    describe(c);
    clearTimeout(timer);
    // The preview is the code itself, parsed (inert: nothing in it runs) and moved into the page.
    timer = setTimeout(() => {
      const doc = new DOMParser().parseFromString(code.value, 'text/html');
      const el = doc.body.querySelector(recipe().tag);
      preview.replaceChildren(...(el ? [document.adoptNode(el)] : []));
    }, 250);
  }

  function buildFields() {
    const r = recipe();
    values.clear();
    form.replaceChildren();
    for (const f of r.fields) {
      values.set(f.name, f.value);
      const label = document.createElement('label');
      const input = f.options || f.bool ? document.createElement('select') : document.createElement('input');
      if (input instanceof HTMLSelectElement)
        for (const o of f.bool ? ['true', 'false'] : f.options!)
          input.append(new Option(o || '(bawaan / default)', o));
      input.value = f.value;
      input.name = f.name;
      input.dataset.attr = f.name;
      input.addEventListener('input', () => {
        values.set(f.name, input.value);
        render();
      });
      label.append(f.label, input);
      form.append(label);
    }
    dataBox.hidden = !r.data;
    root.querySelector<HTMLInputElement>('input[name="embed-source"][value="inline"]')!.checked = true;
    inline.value = r.data?.sample ?? '';
    hint.textContent = r.data?.hint ?? '';
    optionBox.hidden = !r.option;
    optionLabel.textContent = r.option?.label ?? '';
    option.value = r.option?.sample ?? '';
    render();
  }

  picker.addEventListener('change', buildFields);
  for (const input of [inline, url, option, lang, theme, base]) input.addEventListener('input', render);
  for (const radio of root.querySelectorAll('input[name="embed-source"]'))
    radio.addEventListener('change', render);
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

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

const root = document.querySelector<HTMLElement>('#embed');
if (root) mount(root);
