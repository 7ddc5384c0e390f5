/*
 * Old Mac OS (and some exporters still) end CSV lines with a lone CR. The CSV readers split on
 * LF (with CRLF as LF); these turn a stream whose first line ends in a lone CR into one with LF
 * line ends, chunk by chunk. A stream is judged once, by its first line end, so files with LF or
 * CRLF pass through untouched and at no cost.
 */

const CR = 13;
const LF = 10;

/** Whether line ends are lone CRs, judged from the start of a stream; undefined until a line end is seen. */
function judge(at: (i: number) => number, length: number, cr: number, lf: number, final: boolean) {
  if (lf >= 0 && (cr < 0 || lf < cr)) return false;
  if (cr < 0) return final ? false : undefined;
  if (cr + 1 < length) return at(cr + 1) !== LF;
  return final ? true : undefined;
}

/** A text normaliser: call with each chunk, then with `final` true (and an empty chunk) at the end. */
export function crLineEnds(): (chunk: string, final?: boolean) => string {
  let lone: boolean | undefined;
  let held = '';
  return (chunk, final = false) => {
    if (lone === undefined) {
      const s = held + chunk;
      lone = judge((i) => s.charCodeAt(i), s.length, s.indexOf('\r'), s.indexOf('\n'), final);
      if (lone === undefined) return ((held = s), '');
      held = '';
      chunk = s;
    }
    return lone ? chunk.replaceAll('\r', '\n') : chunk;
  };
}

/** The same for UTF-8 bytes (a CR byte is always the character CR). */
export function crLineEndBytes(): (chunk: Uint8Array, final?: boolean) => Uint8Array {
  let lone: boolean | undefined;
  let held: Uint8Array | undefined;
  return (chunk, final = false) => {
    if (lone === undefined) {
      let b = chunk;
      if (held) {
        b = new Uint8Array(held.length + chunk.length);
        b.set(held);
        b.set(chunk, held.length);
      }
      lone = judge((i) => b[i]!, b.length, b.indexOf(CR), b.indexOf(LF), final);
      if (lone === undefined) return ((held = b), new Uint8Array(0));
      held = undefined;
      chunk = b;
    }
    return lone ? chunk.map((c) => (c === CR ? LF : c)) : chunk;
  };
}
