import type { Feature } from 'geojson';
import { prepareFit, type PreparedFit, type ProjectionName } from '../../geo/projection.js';
import { projectShapes, type ProjectedShape } from '../../geo/paths.js';
import type { Point } from '../../geo/spatial.js';

/** Features projected in one task; more are split so no main-thread task runs long. */
const CHUNK = 400;
/** Paths are re-projected only when the width changes by more than this factor; between, the viewBox scales them. */
const RESCALE = 1.5;

/**
 * Projected path strings for the current features and size, built once per change (never
 * on hover or selection). Large geometries are projected in chunks across several tasks;
 * until the new paths are ready the previous ones stay on screen (the SVG's viewBox scales
 * them), and `onReady` asks the host to render.
 */
export class ShapeCache {
  shapes: ProjectedShape[] = [];
  points: (Point | undefined)[] = [];
  width = 0;
  height = 0;
  private features?: readonly Feature[];
  private projection?: ProjectionName;
  private generation = 0;
  private fit?: { features: readonly Feature[]; projection: ProjectionName; prepared: PreparedFit };

  constructor(private readonly onReady: () => void) {}

  /** Whether the shapes drawn match these features (possibly at an older size). */
  showing(features: readonly Feature[] | undefined): boolean {
    return !!features && this.features === features && this.shapes.length === features.length;
  }

  /** The projection measured once per geometry and projection name. */
  private prepared(features: readonly Feature[], projection: ProjectionName): PreparedFit {
    const f = this.fit;
    if (f?.features === features && f.projection === projection) return f.prepared;
    this.fit = { features, projection, prepared: prepareFit(projection, features) };
    return this.fit.prepared;
  }

  /** Projects for this width unless the current paths are for these features and a width close enough to scale. */
  update(features: readonly Feature[], projection: ProjectionName, width: number): void {
    if (width <= 0) return;
    const same = this.features === features && this.projection === projection;
    if (same && width <= this.width * RESCALE && width >= this.width / RESCALE) return;
    const fit = this.prepared(features, projection);
    const height = Math.max(1, Math.round(width * fit.ratio));
    const generation = ++this.generation;
    const proj = fit.fitted(width, height);
    const out: ProjectedShape[] = new Array(features.length);
    const finish = () => {
      this.features = features;
      this.projection = projection;
      this.width = width;
      this.height = height;
      this.shapes = out;
      this.points = out.map((s) =>
        Number.isFinite(s.cx) && Number.isFinite(s.cy) ? { x: s.cx, y: s.cy } : undefined,
      );
    };
    if (features.length <= CHUNK) {
      projectShapes(features, proj, out);
      finish();
      return;
    }
    let from = 0;
    const step = () => {
      if (generation !== this.generation) return;
      projectShapes(features, proj, out, from, from + CHUNK);
      from += CHUNK;
      if (from < features.length) setTimeout(step, 0);
      else {
        finish();
        this.onReady();
      }
    };
    setTimeout(step, 0);
  }
}
