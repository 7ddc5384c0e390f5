import type { FeatureCollection } from 'geojson';
import { csvParse } from 'd3-dsv';

const cache = new Map<string, Promise<unknown>>();

/** Loads a fixture once per test file. */
export function fixtureJson<T = FeatureCollection>(path: string): Promise<T> {
  if (!cache.has(path))
    cache.set(
      path,
      fetch(`/test/fixtures/${path}`).then((r) => r.json()),
    );
  return cache.get(path) as Promise<T>;
}

export async function fixtureCsv(path: string): Promise<Record<string, string>[]> {
  const text = await (await fetch(`/test/fixtures/${path}`)).text();
  return csvParse(text);
}
