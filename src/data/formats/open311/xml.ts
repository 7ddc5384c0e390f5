/*
 * Open311's XML without a DOM: a root, its items, their fields and the fields' text. Reading
 * it by hand rather than with DOMParser means no element is ever made from the data (so no
 * `<parsererror>` with inline styles, no `onerror` attribute and no Trusted Types sink meets
 * the page's CSP), it runs in a worker as well as on the page, and it can stop every few
 * milliseconds to let the page breathe.
 */
import { DataError } from '../../errors.js';
import type { Row } from '../../validate/schema.js';

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

function bad(at: number): DataError {
  return new DataError(
    'parse',
    `The Open311 XML is not well-formed near character ${at} (a tag not closed, or a bare & or <). The file may be cut off.`,
  );
}

function decode(text: string, at: number): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (_, dec?: string, hex?: string, named?: string) => {
    if (named) return NAMED[named]!;
    const code = dec !== undefined ? Number(dec) : hex !== undefined ? parseInt(hex, 16) : -1;
    if (code < 1 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) throw bad(at);
    return String.fromCodePoint(code);
  });
}

/**
 * Reads flat XML a piece at a time: the returned function parses until the clock passes
 * `until` (ms, `performance.now()`), and returns the result once the text is read.
 */
export function flatXmlReader(s: string): (until?: number) => FlatXml | undefined {
  let pos = s.charCodeAt(0) === 0xfeff ? 1 : 0;
  const stack: string[] = [];
  const rows: Row[] = [];
  let root = '';
  let row: Row = {};
  let field = '';
  let text: string[] = [];

  // Text: kept inside a field (at any depth below it); outside the root only white space may be.
  const chars = (t: string, raw?: boolean) => {
    if (stack.length >= 3) text.push(raw ? t : decode(t, pos));
    else if (!stack.length && t.trim()) throw bad(pos);
  };
  const skip = (lt: number, close: string) => {
    const i = s.indexOf(close, lt);
    if (i < 0) throw bad(lt);
    return i + close.length;
  };
  const open = (name: string) => {
    const depth = stack.length;
    if (!depth) {
      if (root) throw bad(pos);
      root = name;
    } else if (depth === 1) row = {};
    else if (depth === 2) {
      field = localName(name);
      text = [];
    }
    stack.push(name);
  };
  // After a pop: the element that just ended was at depth `stack.length`.
  const close = () => {
    const depth = stack.length;
    if (depth === 2) row[field] = text.join('').trim();
    else if (depth === 1) rows.push(row);
  };
  // Reads the markup at `lt`; returns where reading goes on.
  const markup = (lt: number): number => {
    if (s.startsWith('<!--', lt)) return skip(lt, '-->');
    if (s.startsWith('<?', lt)) return skip(lt, '?>');
    if (s.startsWith('<![CDATA[', lt)) {
      const end = skip(lt, ']]>');
      if (!stack.length) throw bad(pos);
      chars(s.slice(lt + 9, end - 3), true);
      return end;
    }
    if (s.startsWith('<!DOCTYPE', lt)) {
      // Entities a DTD declares are not expanded: a reference to one fails as unknown.
      if (root) throw bad(lt);
      const bracket = s.indexOf('[', lt);
      return skip(lt, bracket >= 0 && bracket < s.indexOf('>', lt) ? ']>' : '>');
    }
    const closing = s[lt + 1] === '/';
    NAME.lastIndex = lt + 1 + +closing;
    const name = NAME.exec(s)?.[0];
    if (closing) {
      const gt = name ? s.indexOf('>', lt) : -1;
      if (!name || gt < 0 || s.slice(lt + 2 + name.length, gt).trim()) throw bad(lt);
      const opened = stack.pop();
      if (opened !== name) throw bad(lt);
      close();
      return gt + 1;
    }
    TAG_REST.lastIndex = NAME.lastIndex;
    const rest = name && TAG_REST.exec(s);
    if (!rest) throw bad(lt);
    open(name);
    if (rest[1]) {
      stack.pop();
      close();
    }
    return TAG_REST.lastIndex;
  };

  return (until = Infinity) => {
    let n = 0;
    while (pos < s.length) {
      if ((++n & 255) === 0 && performance.now() > until) return undefined;
      const lt = s.indexOf('<', pos);
      const end = lt < 0 ? s.length : lt;
      // White space between items and fields (most of the text) is skipped without a copy.
      if (end > pos && (stack.length >= 3 || !stack.length)) chars(s.slice(pos, end));
      if (lt < 0) break;
      pos = markup(lt);
    }
    if (!root || stack.length) throw bad(s.length);
    return { root: localName(root), rows };
  };
}

/** Reads flat XML in one go. */
export function readFlatXml(xml: string): FlatXml {
  return flatXmlReader(xml)()!;
}

/** Reads flat XML in slices of `sliceMs`, giving the event loop a turn between them. */
export async function readFlatXmlSliced(xml: string, sliceMs = 8, signal?: AbortSignal): Promise<FlatXml> {
  const read = flatXmlReader(xml);
  for (;;) {
    const done = read(performance.now() + sliceMs);
    if (done) return done;
    await new Promise((resolve) => setTimeout(resolve, 0));
    signal?.throwIfAborted();
  }
}
