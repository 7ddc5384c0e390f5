/*
 * Open311's XML without a DOM: a root, its items, their fields and the fields' text. Reading
 * it by hand rather than with DOMParser means no element is ever made from the data (so no
 * `<parsererror>` with inline styles, no `onerror` attribute and no Trusted Types sink meets
 * the page's CSP), it runs in a worker as well as on the page, and it can stop every few
 * milliseconds to let the page breathe.
 */
import { DataError } from './errors.js';
import type { Row } from './schema.js';

/** A flat XML document: the root's local name and one row per child of the root. */
export interface FlatXml {
  root: string;
  rows: Row[];
}

const NAME = /[^\s/>=]+/y;
// Attributes (each quoted value may hold `>`), then `>` or `/>`.
const TAG_REST = /(?:\s+[^\s/>="']+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*\s*(\/?)>/y;
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos));|&/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

function bad(why: string): DataError {
  return new DataError('parse', `The Open311 XML is not well-formed: ${why}. The file may be cut off.`);
}

function decode(text: string, at: number): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (ref, dec?: string, hex?: string, named?: string) => {
    if (named) return NAMED[named]!;
    const code = dec !== undefined ? Number(dec) : hex !== undefined ? parseInt(hex, 16) : -1;
    if (code < 1 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
      throw bad(`"${ref}" near character ${at} is not an entity XML knows (write & as &amp;)`);
    return String.fromCodePoint(code);
  });
}

/**
 * Reads flat XML a piece at a time: `run(until)` parses until the clock passes `until` (ms,
 * `performance.now()`), and returns the result once the text is read.
 */
export class FlatXmlReader {
  #pos = 0;
  #stack: string[] = [];
  #root = '';
  #rows: Row[] = [];
  #row: Row = {};
  #field = '';
  #text: string[] = [];

  constructor(private readonly xml: string) {
    if (xml.charCodeAt(0) === 0xfeff) this.#pos = 1;
  }

  run(until = Infinity): FlatXml | undefined {
    const s = this.xml;
    let n = 0;
    while (this.#pos < s.length) {
      if ((++n & 255) === 0 && performance.now() > until) return undefined;
      const lt = s.indexOf('<', this.#pos);
      const end = lt < 0 ? s.length : lt;
      // White space between items and fields (most of the text) is skipped without a copy.
      const depth = this.#stack.length;
      if (end > this.#pos && (depth >= 3 || depth === 0)) this.#chars(s.slice(this.#pos, end), false);
      if (lt < 0) break;
      this.#pos = this.#markup(lt);
    }
    if (!this.#root) throw bad('it has no root element');
    if (this.#stack.length) throw bad(`<${this.#stack.at(-1)!}> is never closed`);
    return { root: localName(this.#root), rows: this.#rows };
  }

  /** Text: kept inside a field (at any depth below it), else only white space is allowed outside the root. */
  #chars(text: string, raw: boolean): void {
    const depth = this.#stack.length;
    if (depth >= 3) this.#text.push(raw ? text : decode(text, this.#pos));
    else if (depth === 0 && text.trim()) throw bad('there is text outside the root element');
  }

  /** Reads the markup at `lt`; returns where reading goes on. */
  #markup(lt: number): number {
    const s = this.xml;
    const skip = (close: string, what: string) => {
      const i = s.indexOf(close, lt);
      if (i < 0) throw bad(`${what} is never closed`);
      return i + close.length;
    };
    if (s.startsWith('<!--', lt)) return skip('-->', 'a comment');
    if (s.startsWith('<?', lt)) return skip('?>', 'a processing instruction');
    if (s.startsWith('<![CDATA[', lt)) {
      const end = skip(']]>', 'a CDATA section');
      if (this.#stack.length === 0) throw bad('there is text outside the root element');
      this.#chars(s.slice(lt + 9, end - 3), true);
      return end;
    }
    if (s.startsWith('<!DOCTYPE', lt)) {
      // Entities a DTD declares are not expanded: a reference to one fails as unknown.
      if (this.#root) throw bad('a DOCTYPE comes after the root element');
      const bracket = s.indexOf('[', lt);
      const gt = s.indexOf('>', lt);
      return bracket >= 0 && bracket < gt ? skip(']>', 'a DOCTYPE') : skip('>', 'a DOCTYPE');
    }
    if (s[lt + 1] === '/') {
      NAME.lastIndex = lt + 2;
      const name = NAME.exec(s)?.[0];
      const gt = name ? s.indexOf('>', lt) : -1;
      if (!name || gt < 0 || s.slice(lt + 2 + name.length, gt).trim())
        throw bad(`a closing tag near character ${lt} is broken`);
      const open = this.#stack.pop();
      if (open !== name) throw bad(`</${name}> closes <${open ?? 'nothing'}>`);
      this.#close();
      return gt + 1;
    }
    NAME.lastIndex = lt + 1;
    const name = NAME.exec(s)?.[0];
    TAG_REST.lastIndex = lt + 1 + (name?.length ?? 0);
    const rest = name ? TAG_REST.exec(s) : null;
    if (!name || !rest) throw bad(`a tag near character ${lt} is broken`);
    this.#open(name);
    if (rest[1]) {
      this.#stack.pop();
      this.#close();
    }
    return TAG_REST.lastIndex;
  }

  #open(name: string): void {
    const depth = this.#stack.length;
    if (depth === 0) {
      if (this.#root) throw bad('there is a second root element');
      this.#root = name;
    } else if (depth === 1) this.#row = {};
    else if (depth === 2) {
      this.#field = localName(name);
      this.#text = [];
    }
    this.#stack.push(name);
  }

  /** After a pop: the element that just ended was at depth `stack.length`. */
  #close(): void {
    const depth = this.#stack.length;
    if (depth === 2) this.#row[this.#field] = this.#text.join('').trim();
    else if (depth === 1) this.#rows.push(this.#row);
  }
}

/** Reads flat XML in one go. */
export function readFlatXml(xml: string): FlatXml {
  return new FlatXmlReader(xml).run()!;
}

/** Reads flat XML in slices of `sliceMs`, giving the event loop a turn between them. */
export async function readFlatXmlSliced(xml: string, sliceMs = 8, signal?: AbortSignal): Promise<FlatXml> {
  const reader = new FlatXmlReader(xml);
  for (;;) {
    const done = reader.run(performance.now() + sliceMs);
    if (done) return done;
    await new Promise((resolve) => setTimeout(resolve, 0));
    signal?.throwIfAborted();
  }
}
