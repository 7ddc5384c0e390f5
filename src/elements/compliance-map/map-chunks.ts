import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { derive } from '../shared/derive.js';
import { nextTask, SLICE_MS, soon, taskElapsed } from '../shared/sliced-task.js';

/** Fewest regions a chunk holds: fewer would pay an update's fixed cost for little. */
const MIN = 50;

/**
 * Time one region takes to put in the page, in ms: the first guess (a phone's, so a first
 * chunk never runs long), then measured from each chunk, on this machine and page.
 */
let perRegion = 0.1;

/**
 * Puts a map's regions into the page in chunks as large as the task's time left allows (all
 * at once on a fast machine, over several short tasks on a slow one or a large map): each
 * next chunk in the same task while it has time, else in the next task. Ranges once made are
 * kept, so each renders once.
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
  private started = 0;
  private added = 0;
  /** A chunk was put off to the next task for want of time: the next one is made regardless. */
  private waited = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostUpdate(): void {
    // Also starts the task clock here if nothing has yet: an update late in a long task (the
    // page's own work, the first render) must count toward this task's time.
    taskElapsed();
    this.started = performance.now();
  }

  hostUpdated(): void {
    if (!this.added) return;
    // The whole update, not the regions alone: an overestimate, so the chunks err short.
    perRegion = Math.max(0.002, (performance.now() - this.started) / this.added);
    this.added = 0;
    if (this.covered() < this.total) soon(() => this.host.requestUpdate());
  }

  private covered(): number {
    return this.ranges.at(-1)?.[1] ?? 0;
  }

  /** The chunks to draw for these inputs, adding one more when some regions are still out. */
  visible(key: unknown[], total: number): [number, number][] {
    this.restart(key, total);
    const from = this.covered();
    if (from < total && !this.added) {
      const size = Math.floor((SLICE_MS - taskElapsed()) / perRegion);
      // Too little time left for a chunk worth its update: the next task starts with one (once,
      // so a slow machine still makes progress), and the page is not painted half drawn.
      if (size < Math.min(MIN, total - from) && !this.waited) {
        this.waited = true;
        nextTask(() => this.host.requestUpdate());
        return this.ranges;
      }
      this.waited = false;
      const to = Math.min(total, from + Math.max(MIN, size));
      this.ranges = [...this.ranges, [from, to]];
      this.added = to - from;
    }
    return this.ranges;
  }
}
