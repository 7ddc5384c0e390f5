import type { Feature } from 'geojson';
import { PackedPlanar } from '../../geo/projection/packed.js';
import { projectPlanar, type PlanarFeature } from '../../geo/projection/planar.js';
import { MIN_TARGET, planarPath } from '../../geo/projection/paths.js';
import {
  fitPlanar,
  referenceProjector,
  type PlanarFit,
  type ProjectionName,
  type Transform,
} from '../../geo/projection/projection.js';
import type { Point } from '../../geo/spatial.js';
import { soon, sliced } from '../shared/sliced-task.js';
import { releaseGeometry } from './map-geometry.js';

/** Paths are rebuilt only when the width changes by more than this factor; between, the viewBox scales them. */
const RESCALE = 1.5;

interface Planar {
  features: readonly Feature[];
  projection: ProjectionName;
  /** Set together once every feature is projected. */
  packed?: PackedPlanar;
  fit?: PlanarFit;
}

/**
 * Drawing data for the current features and size. Each geometry and projection is
 * projected once, into planar arrays (time-sliced, so no task runs long); a size only
 * rescales those into path strings, and nothing here runs on hover or selection. Until new
 * paths are ready the previous ones stay on screen (the viewBox scales them), and `onReady`
 * asks the host to render.
 */
export class ShapeCache {
  shapes = new Shapes();
  width = 0;
  height = 0;
  private planar?: Planar;
  private drawn?: { planar: Planar; width: number };
  private wanted = 0;

  constructor(private readonly onReady: () => void) {}

  /** Whether the shapes drawn match these features (possibly at an older size). */
  showing(features: readonly Feature[] | undefined): boolean {
    return !!features && this.drawn?.planar.features === features;
  }

  /** Starts (or keeps) the work that brings the shapes to these features and this width. */
  update(features: readonly Feature[], projection: ProjectionName, width: number): void {
    this.wanted = width;
    const p = this.planar;
    if (p?.features === features && p.projection === projection) return this.resize();
    const planar: Planar = { features, projection };
    const out = new Array<PlanarFeature>(features.length);
    this.planar = planar;
    // Projected while the task has time (in the update that brought the features, on a fast
    // machine), else in tasks of their own: split by time, never by the number of regions.
    // Whatever finishes after this update asks for a render.
    let later = false;
    const step = (fn: () => void) => (later = !soon(fn) || later);
    step(() => {
      if (this.planar !== planar) return;
      const projector = referenceProjector(projection, features);
      sliced(
        features.length,
        (from, to) => projectPlanar(features, projector, out, from, to),
        () => this.planar === planar,
        (late) => {
          later ||= late;
          // Packing is one step over every feature: after a full slice, in a task of its own.
          step(() => {
            if (this.planar !== planar) return;
            planar.fit = fitPlanar(out);
            planar.packed = new PackedPlanar(out);
            // Every size is drawn from the planar arrays: the coordinates are not read again.
            releaseGeometry(features);
            this.resize(later);
          });
        },
      );
    });
  }

  private resize(notify = false): void {
    const planar = this.planar;
    const width = this.wanted;
    const packed = planar?.packed;
    if (!planar?.fit || !packed || width <= 0) return;
    const d = this.drawn?.planar === planar ? this.drawn.width : 0;
    if (d && width <= d * RESCALE && width >= d / RESCALE) return;
    const height = Math.max(1, Math.round(width * planar.fit.ratio));
    this.drawn = { planar, width };
    [this.width, this.height] = [width, height];
    this.shapes = new Shapes(packed, planar.fit.fitted(width, height));
    if (notify) this.onReady();
  }

  /** Where each region is on screen, for the keyboard (made when a key asks, not kept). */
  get points(): (Point | undefined)[] {
    const s = this.shapes;
    return Array.from({ length: s.length }, (_, i) => {
      const b = s.box(i)!;
      return Number.isFinite(b.cx) && Number.isFinite(b.cy) ? { x: b.cx, y: b.cy } : undefined;
    });
  }
}

/** Where one region is at one size: centroid, bounds' width and height, and whether it draws anything. */
export interface ShapeBox {
  cx: number;
  cy: number;
  w: number;
  h: number;
  drawn: boolean;
}

/**
 * The regions at one size, as the planar arrays and a transform: each path is built when
 * drawn (the page keeps it), not kept as a string here, about 0.7 MB at 3,231 counties.
 */
export class Shapes {
  readonly length: number;

  constructor(
    private readonly planar?: PackedPlanar,
    private readonly t: Transform = { k: 1, x: 0, y: 0 },
  ) {
    this.length = planar?.length ?? 0;
  }

  /** Region i's box (as `shapesAt` computes it), or undefined past the last region. */
  box(i: number): ShapeBox | undefined {
    const p = this.planar;
    if (!p || !(i >= 0 && i < this.length)) return undefined;
    const { k, x, y } = this.t;
    return {
      cx: x + k * p.measure(i, 4),
      cy: y + k * p.measure(i, 5),
      w: k * (p.measure(i, 2) - p.measure(i, 0)),
      h: k * (p.measure(i, 3) - p.measure(i, 1)),
      drawn: p.pointCount(i) > 0,
    };
  }

  /** Region i's SVG path. */
  path(i: number): string {
    return this.planar ? planarPath(this.planar.at(i), this.t) : '';
  }

  /** Region i is drawn as a dot: under `MIN_TARGET` px both ways, too small to see, hover or click. */
  tiny(i: number): boolean {
    const b = this.box(i);
    return !!b?.drawn && b.w < MIN_TARGET && b.h < MIN_TARGET;
  }
}
