import type { Feature } from 'geojson';
import { PackedPlanar } from '../../geo/projection/packed.js';
import { projectPlanar, type PlanarFeature } from '../../geo/projection/planar.js';
import { shapesAt, type ProjectedShape } from '../../geo/projection/paths.js';
import {
  fitPlanar,
  referenceProjector,
  type PlanarFit,
  type ProjectionName,
} from '../../geo/projection/projection.js';
import type { Point } from '../../geo/spatial.js';
import { nextTask, sliced } from '../shared/sliced-task.js';
import { releaseGeometry } from './map-geometry.js';

/** Regions up to which projecting starts in the update that brought them. */
const SMALL = 250;

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
  shapes: ProjectedShape[] = [];
  points: (Point | undefined)[] = [];
  width = 0;
  height = 0;
  private planar?: Planar;
  private drawn?: { planar: Planar; width: number };
  private pending?: { planar: Planar; width: number };
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
    // A large map is started in a task of its own: the update that brought the features
    // (loading, joining, the first render) is long enough already.
    const start = (fn: () => void) => (features.length <= SMALL ? fn() : nextTask(fn));
    start(() => {
      if (this.planar !== planar) return;
      const projector = referenceProjector(projection, features);
      sliced(
        features.length,
        (from, to) => projectPlanar(features, projector, out, from, to),
        () => this.planar === planar,
        (late) => {
          planar.fit = fitPlanar(out);
          planar.packed = new PackedPlanar(out);
          // Every size is drawn from the planar arrays: the coordinates are not read again.
          releaseGeometry(features);
          this.resize(late || features.length > SMALL);
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
    const q = this.pending;
    if (q?.planar === planar && q.width === width) return;
    const job = { planar, width };
    this.pending = job;
    const fit = planar.fit;
    const height = Math.max(1, Math.round(width * fit.ratio));
    const t = fit.fitted(width, height);
    const out: ProjectedShape[] = new Array(packed.length);
    sliced(
      out.length,
      (from, to) => shapesAt(packed, t, out, from, to),
      () => this.pending === job,
      (late) => {
        this.pending = undefined;
        this.drawn = job;
        [this.width, this.height, this.shapes] = [width, height, out];
        this.points = out.map((s) =>
          Number.isFinite(s.cx) && Number.isFinite(s.cy) ? { x: s.cx, y: s.cy } : undefined,
        );
        if (notify || late) this.onReady();
      },
    );
  }
}
