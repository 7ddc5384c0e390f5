/** Longest stretch of work in one task, in ms: well under the 50 ms of a "long task". */
export const SLICE_MS = 25;
const BATCH = 16;

// A message posted to oneself runs as the next task without setTimeout's 4 ms clamp, and
// still lets the browser handle input and paint in between.
const channel = new MessageChannel();
const queue: (() => void)[] = [];
channel.port1.onmessage = () => queue.shift()?.();
export function nextTask(fn: () => void): void {
  queue.push(fn);
  channel.port2.postMessage(0);
}

/**
 * Runs `step(from, to)` over `n` items (`to` never past `n`), in small batches, starting at
 * once and yielding to the browser whenever a task has run SLICE_MS; stops when `alive()`
 * turns false (newer work replaced it) and calls `done` after the last item, with whether
 * any of it ran after the caller's task (then the caller must ask for a render).
 */
export function sliced(
  n: number,
  step: (from: number, to: number) => void,
  alive: () => boolean,
  done: (late: boolean) => void,
): void {
  let late = false;
  let from = 0;
  const run = () => {
    if (!alive()) return;
    const start = performance.now();
    while (from < n && performance.now() - start < SLICE_MS) {
      step(from, Math.min(n, from + BATCH));
      from += BATCH;
    }
    if (from < n) {
      late = true;
      return nextTask(run);
    }
    done(late);
  };
  run();
}
