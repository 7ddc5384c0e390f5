import { isObject, MAX_DEPTH, type InvalidReason } from './valid.js';

/**
 * Why a TopoJSON geometry object cannot be converted, or undefined when it can: every arc
 * index an integer naming an arc of the topology (`~i` for a reversed one), nested as its
 * type requires. Coordinates are checked after conversion, where quantized arcs are decoded.
 */
export function topologyIssue(g: unknown, arcs: readonly unknown[], depth = 0): InvalidReason | undefined {
  if (!isObject(g)) return 'feature';
  const index = (i: unknown) =>
    typeof i === 'number' && Number.isInteger(i) && Array.isArray(arcs[i >= 0 ? i : ~i]);
  const line = (v: unknown) => Array.isArray(v) && v.length > 0 && v.every(index);
  const lines = (v: unknown) => Array.isArray(v) && v.every(line);
  switch (g.type) {
    case null:
    case 'Point':
    case 'MultiPoint':
      return undefined;
    case 'LineString':
      return line(g.arcs) ? undefined : 'arcs';
    case 'MultiLineString':
    case 'Polygon':
      return lines(g.arcs) ? undefined : 'arcs';
    case 'MultiPolygon':
      return Array.isArray(g.arcs) && g.arcs.every(lines) ? undefined : 'arcs';
    case 'GeometryCollection':
      if (depth >= MAX_DEPTH || !Array.isArray(g.geometries)) return 'geometry';
      for (const c of g.geometries) {
        const bad = topologyIssue(c, arcs, depth + 1);
        if (bad) return bad;
      }
      return undefined;
    default:
      return 'geometry';
  }
}

/** Whether a TopoJSON transform is usable: absent, or two finite pairs. */
export function validTransform(t: unknown): boolean {
  if (t === undefined) return true;
  const pair = (v: unknown) =>
    Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'number' && Number.isFinite(x));
  return isObject(t) && pair(t.scale) && pair(t.translate);
}
