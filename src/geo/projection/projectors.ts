/** The projections a map draws with (the `projection` attribute's values). */
export type ProjectionName = 'mercator' | 'equal-earth' | 'albers-usa' | 'none';

const RAD = Math.PI / 180;

/** A raw projection: rotated longitude and latitude (radians) to x, y at scale 1, y up. */
export type RawProjection = (lambda: number, phi: number) => [number, number];

// The three raw formulas are d3-geo's (ISC licence, Mike Bostock); only the forward
// direction is needed, and d3-geo's module would bring every other projection with it.
const mercator: RawProjection = (lambda, phi) => [lambda, Math.log(Math.tan((Math.PI / 2 + phi) / 2))];

// Equal Earth (Šavrič, Patterson and Jenny, 2018).
const [A1, A2, A3, A4] = [1.340264, -0.081106, 0.000893, 0.003796];
const M = Math.sqrt(3) / 2;
const equalEarth: RawProjection = (lambda, phi) => {
  const l = Math.asin(M * Math.sin(phi));
  const l2 = l * l;
  const l6 = l2 * l2 * l2;
  return [
    (lambda * Math.cos(l)) / (M * (A1 + 3 * A2 * l2 + l6 * (7 * A3 + 9 * A4 * l2))),
    l * (A1 + A2 * l2 + l6 * (A3 + A4 * l2)),
  ];
};

/** Albers' conic equal-area between two standard parallels (radians; never symmetric about the equator here). */
function conicEqualArea(phi0: number, phi1: number): RawProjection {
  const sin0 = Math.sin(phi0);
  const n = (sin0 + Math.sin(phi1)) / 2;
  const c = 1 + sin0 * (2 * n - sin0);
  const r0 = Math.sqrt(c) / n;
  return (lambda, phi) => {
    const r = Math.sqrt(c - 2 * n * Math.sin(phi)) / n;
    return [r * Math.sin(lambda * n), r0 - r * Math.cos(lambda * n)];
  };
}

/**
 * One planar projection as d3-geo's projection objects compose it, without their stream
 * pipeline: longitude rotated by `rotate` (radians), d3's raw formula, then
 * x = `x` + `k` · raw x and y = `y` − `k` · raw y. `raw: null` is the identity (pre-projected
 * input, y already down).
 */
export interface Part {
  raw: RawProjection | null;
  rotate: number;
  k: number;
  x: number;
  y: number;
  /** Where this part may draw ([x0, y0, x1, y1]): albers-usa's insets decide by it. */
  box?: readonly [number, number, number, number];
  /** Mercator's limit on raw y (d3 clips the world to a square, about ±85° latitude). */
  maxY?: number;
}

function conic(
  parallels: [number, number],
  rotate: number,
  center: [number, number],
  k: number,
  at: [number, number],
  box: Part['box'],
): Part {
  const raw = conicEqualArea(parallels[0] * RAD, parallels[1] * RAD);
  // d3's center is projected without the rotation, then moved to the translate.
  const [cx, cy] = raw(center[0] * RAD, center[1] * RAD);
  return { raw, rotate: rotate * RAD, k, x: at[0] - k * cx, y: at[1] + k * cy, box };
}

const E = 1e-6;

/** A projection of one part, unrotated, at scale 1. */
const single = (raw: RawProjection | null, maxY?: number): Part[] => [
  { raw, rotate: 0, k: 1, x: 0, y: 0, maxY },
];

/**
 * The parts of a projection at scale 1 (translate 0, 0). Albers USA has three, with d3's
 * parameters: the lower 48 states, Alaska (at 0.35 scale) and Hawaii, each with the box
 * d3 clips it to; a feature is drawn by the first part whose box holds its first point,
 * as d3's own albersUsa(point) decides, so each feature is projected once, not thrice.
 */
export function projectionParts(name: ProjectionName): Part[] {
  switch (name) {
    case 'none':
      return single(null);
    case 'equal-earth':
      return single(equalEarth);
    case 'albers-usa':
      return [
        conic([29.5, 45.5], 96, [-0.6, 38.7], 1, [0, 0], [-0.455, -0.238, 0.455, 0.238]),
        conic(
          [55, 65],
          154,
          [-2, 58.5],
          0.35,
          [-0.307, 0.201],
          [-0.425 + E, 0.12 + E, -0.214 - E, 0.234 - E],
        ),
        conic([8, 18], 157, [-3, 19.9], 1, [-0.205, 0.212], [-0.214 + E, 0.166 + E, -0.115 - E, 0.234 - E]),
      ];
    default:
      return single(mercator, Math.PI);
  }
}

/** The part scaled by `s` about the origin. */
export function scalePart(p: Part, s: number): Part {
  const box = p.box && ([p.box[0] * s, p.box[1] * s, p.box[2] * s, p.box[3] * s] as const);
  return { ...p, k: p.k * s, x: p.x * s, y: p.y * s, box };
}
