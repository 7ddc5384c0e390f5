import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { derive } from '../shared/derive.js';

/** Regions put into the page in the first update; later ones are sized by the time taken. */
const FIRST = 200;
/** Time one update that adds regions should take, in ms (well under a 50 ms long task). */
const TARGET_MS = 20;

/**
 * Puts a large map's regions into the page over several updates, each sized from the last
 * one's duration so no task runs long; ranges once made are kept, so each renders once.
 */
export class RegionChunks implements ReactiveController {
  /** [from, to) of each chunk in the page so far. */
  ranges: [number, number][] = [];
  private total = 0;
  /** New inputs (another model or shapes) start the chunks again. */
  private readonly restart = derive(
    (_key: readonly unknown[], total: number) => {
      [this.total, this.ranges] = [total, []];
    },
    (key) => key,
  );
  private size = FIRST;
  private started = 0;
  private added = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostUpdate(): void {
    this.started = performance.now();
  }

  hostUpdated(): void {
    if (!this.added) return;
    const took = performance.now() - this.started;
    this.size = Math.max(50, Math.min(2000, Math.round((this.added * TARGET_MS) / Math.max(1, took))));
    this.added = 0;
    if (this.covered() < this.total) setTimeout(() => this.host.requestUpdate(), 0);
  }

  private covered(): number {
    return this.ranges.at(-1)?.[1] ?? 0;
  }

  /** The chunks to draw for these inputs, adding one more when some regions are still out. */
  visible(key: unknown[], total: number): [number, number][] {
    this.restart(key, total);
    const from = this.covered();
    if (from < total && !this.added) {
      const to = Math.min(total, from + this.size);
      this.ranges = [...this.ranges, [from, to]];
      this.added = to - from;
    }
    return this.ranges;
  }
}
