// d3-dsv ships no types and @types/d3-dsv is not installed: the little the tests use.
declare module 'd3-dsv' {
  type Parsed = Array<Record<string, string>> & { columns: string[] };
  export function csvParse(text: string): Parsed;
  export function dsvFormat(delimiter: string): { parse(text: string): Parsed };
}
