/// <reference types="vite/client" />
/**
 * Everything Storybook knows about an element comes from `custom-elements.json` (generated from
 * each element's JSDoc by `npm run analyze`), here and nowhere else: the controls (one per
 * attribute, named as it is written in HTML), the docs tables (properties, events, slots, parts,
 * custom properties), the events sent to the Actions panel, and the render that sets attributes
 * the way a page does. A stories file only names the element and its example args.
 */
import type { ArgTypes, Args } from '@storybook/web-components-vite';
import { nothing, type TemplateResult } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { action } from 'storybook/actions';

interface Named {
  name: string;
  description?: string;
  default?: string;
  type?: { text: string };
  privacy?: string;
  readonly?: boolean;
  static?: boolean;
  kind?: string;
  attribute?: string;
  fieldName?: string;
  summary?: string;
}
export interface Declaration {
  name: string;
  tagName?: string;
  description?: string;
  summary?: string;
  attributes?: Named[];
  members?: Named[];
  events?: Named[];
  slots?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}
interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

// A glob rather than an import, so type-checking a fresh clone does not need a build.
const manifests = import.meta.glob<Manifest>('../dist/custom-elements.json', {
  eager: true,
  import: 'default',
});
const manifest: Manifest = Object.values(manifests)[0] ?? { modules: [] };

/** The manifest's entry for a tag (`pantau-stat`), or undefined for anything else. */
export function declarationOf(tag: unknown): Declaration | undefined {
  if (typeof tag !== 'string') return undefined;
  return manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
}

const isPublic = (m: Named) => !m.privacy || m.privacy === 'public';

/** `'a' | 'b' | undefined` → ['a', 'b'] (and whether unset is allowed); anything else → undefined. */
function literalOptions(type: string): { options: (string | number)[]; optional: boolean } | undefined {
  const parts = type.split('|').map((p) => p.trim());
  const optional = parts.some((p) => p === 'undefined' || p === 'null');
  const values = parts.filter((p) => p !== 'undefined' && p !== 'null');
  if (values.length < 2) return undefined;
  const options: (string | number)[] = [];
  for (const v of values) {
    const s = /^'(.*)'$/.exec(v);
    if (s) options.push(s[1]!);
    else if (/^-?\d+(\.\d+)?$/.test(v)) options.push(Number(v));
    else return undefined;
  }
  return { options, optional };
}

/** The control an attribute of this type gets: select for literal unions, else by its base type. */
function controlFor(type: string): ArgTypes[string] {
  const literals = literalOptions(type);
  if (literals) {
    const options = literals.optional ? [undefined, ...literals.options] : literals.options;
    return { control: { type: literals.options.length <= 4 ? 'inline-radio' : 'select' }, options };
  }
  const base = type
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== 'undefined' && p !== 'null');
  if (base.length === 1 && base[0] === 'boolean') return { control: { type: 'boolean' } };
  if (base.length === 1 && base[0] === 'number') return { control: { type: 'number' } };
  // Strings, and unions such as `string | FeatureCollection` whose attribute form is a string.
  return { control: { type: 'text' } };
}

const table = (category: string, item: Named, type?: string) => ({
  category,
  type: type ? { summary: type } : undefined,
  defaultValue: item.default !== undefined ? { summary: item.default } : undefined,
});

/** A colour default (`#0072b2`, `var(--pantau-color-bg)`) gets a colour picker. */
const isColour = (p: Named) =>
  /^#|^rgb|^hsl|^var\(--pantau-(color|zone|category|series)/.test(p.default ?? '') ||
  /-(color|bg|background|stroke)$|--pantau-(color|zone|category|series)-/.test(p.name);

/**
 * Storybook's argTypes for an element (controls in their `{ type }` form: argTypes from an extractor
 * are not normalised like a stories file's). Attributes are keyed by their property name (`dateField`,
 * what stories' args use) and shown under their HTML name (`date-field`): one control each.
 * Properties without an attribute (`data`) get an object editor; custom properties a text or
 * colour control applied through the story root's style; events, slots, parts and methods are
 * documented without a control.
 */
export function argTypesFor(tag: unknown): ArgTypes {
  const decl = declarationOf(tag);
  if (!decl) return {};
  const out: ArgTypes = {};
  for (const a of decl.attributes ?? []) {
    if (!a.fieldName) continue;
    const type = a.type?.text ?? 'string';
    out[a.fieldName] = {
      name: a.name,
      description: a.description,
      ...controlFor(type),
      table: table('attributes', a, type),
    };
  }
  for (const m of decl.members ?? []) {
    if (!isPublic(m) || m.static || out[m.name]) continue;
    if (m.kind === 'field' && !m.attribute) {
      out[m.name] = {
        name: m.name,
        description: m.description,
        control: m.readonly ? false : { type: 'object' },
        table: table(m.readonly ? 'properties (read-only)' : 'properties', m, m.type?.text),
      };
    } else if (m.kind === 'method') {
      out[`method:${m.name}`] = {
        name: `${m.name}()`,
        description: m.description,
        control: false,
        table: table('methods', m),
      };
    }
  }
  for (const e of decl.events ?? [])
    out[`event:${e.name}`] = {
      name: e.name,
      description: e.description,
      control: false,
      table: table('events', e, e.type?.text),
    };
  for (const s of decl.slots ?? [])
    out[`slot:${s.name}`] = {
      name: s.name ? `slot="${s.name}"` : '(default slot)',
      description: s.description,
      control: false,
      table: table('slots', s),
    };
  for (const p of decl.cssParts ?? [])
    out[`part:${p.name}`] = {
      name: `::part(${p.name})`,
      description: p.description,
      control: false,
      table: table('css shadow parts', p),
    };
  for (const p of decl.cssProperties ?? [])
    out[p.name] = {
      name: p.name,
      description: p.description,
      control: { type: isColour(p) && /^#/.test(p.default ?? '') ? 'color' : 'text' },
      table: table('css custom properties', p),
    };
  return out;
}

/** The component description for the docs page: the class comment, not the one-line summary. */
export function descriptionOf(tag: unknown): string {
  return declarationOf(tag)?.description ?? '';
}

/** The custom properties among a story's args, for the story root's style (`--pantau-…: value`). */
export function cssVariables(args: Args): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(args))
    if (k.startsWith('--') && v !== undefined && v !== '') out[k] = String(v);
  return out;
}

const wired = new WeakMap<Element, { tag: unknown; off: () => void }>();

/**
 * Applies args to the element as a page would: attributes for attribute-backed fields (removed
 * when unset, so the element falls back to its default; an object given to an attribute-backed
 * field such as the map's `geo` is set as the property), properties for the rest.
 */
class ApplyArgs extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('applyArgs goes on an element');
  }
  render(_decl: Declaration, _args: Args) {
    return nothing;
  }
  override update(part: ElementPart, [decl, args]: [Declaration, Args]) {
    const el = part.element as HTMLElement & Record<string, unknown>;
    const attributeFields = new Set<string>();
    for (const a of decl.attributes ?? []) {
      if (!a.fieldName) continue;
      attributeFields.add(a.fieldName);
      const v = args[a.fieldName];
      if (typeof v === 'object' && v !== null) {
        el.removeAttribute(a.name);
        if (el[a.fieldName] !== v) el[a.fieldName] = v;
      } else if (v === undefined || v === null || v === false || v === '') el.removeAttribute(a.name);
      else el.setAttribute(a.name, v === true ? '' : String(v));
    }
    for (const m of decl.members ?? []) {
      if (m.kind !== 'field' || m.readonly || m.static || !isPublic(m) || attributeFields.has(m.name))
        continue;
      if (m.name in args && el[m.name] !== args[m.name]) el[m.name] = args[m.name];
    }
    return nothing;
  }
}
const applyArgs = directive(ApplyArgs);

/**
 * Sends each event the story's element documents to the Actions panel, with its `detail`. On the
 * story root, so stories with a render of their own (inline data as children) are covered too:
 * pantau events bubble and cross shadow roots.
 */
class WireActions extends Directive {
  render(_tag: unknown) {
    return nothing;
  }
  override update(part: ElementPart, [tag]: [unknown]) {
    // Lit keeps the root across stories, so the listeners follow the story's element.
    const root = part.element;
    const current = wired.get(root);
    if (current?.tag === tag) return nothing;
    current?.off();
    const handlers = (declarationOf(tag)?.events ?? []).map(
      (e) => [e.name, (ev: Event) => action(e.name)((ev as CustomEvent).detail ?? ev.type)] as const,
    );
    for (const [name, h] of handlers) root.addEventListener(name, h);
    wired.set(root, { tag, off: () => handlers.forEach(([name, h]) => root.removeEventListener(name, h)) });
    return nothing;
  }
}
export const wireActions = directive(WireActions);

/**
 * The render every element's stories share: the element with its args applied, and optional
 * light-DOM children (slotted content). Adding an attribute to an element needs no change here.
 */
export function renderElement<A extends object = Args>(tag: string, children?: (args: A) => unknown) {
  const name = unsafeStatic(tag);
  return (args: A): TemplateResult => {
    const decl = declarationOf(tag) ?? { name: tag };
    // A static tag (lit/static-html.js), which the lit lint rules do not know about.
    // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
    return html`<${name} ${applyArgs(decl, args as Args)}>${children ? children(args) : nothing}</${name}>`;
  };
}
