/** Longest stretch of work in one task, in ms: well under the 50 ms of a "long task". */
export const SLICE_MS = 20;
const BATCH = 16;

// A message posted to oneself runs as the next task without setTimeout's 4 ms clamp, and
// still lets the browser handle input and paint in between. One port for both kinds of
// message, so they run in the order posted: 1 runs the next queued function, 0 forgets when
// the task before began.
const channel = new MessageChannel();
const queue: (() => void)[] = [];
channel.port1.onmessage = (e: MessageEvent<number>) => {
  if (!e.data) return void (taskStart = undefined);
  mark(performance.now());
  queue.shift()?.();
};
export function nextTask(fn: () => void): void {
  queue.push(fn);
  channel.port2.postMessage(1);
}

// When the task now running started, as far as this module can tell: set when a task of
// `nextTask` begins, else at the first look in a task (and at this module's evaluation, inside
// the task that runs the script), and forgotten by a message that runs as a later task. Work
// before the first look (a script's compile, a caller's own work) is not seen, so the figure
// is a lower bound.
let taskStart: number | undefined;
function mark(now: number): void {
  if (taskStart === undefined) channel.port2.postMessage(0);
  taskStart = now;
}
mark(performance.now());

/** How long the task now running has run, in ms (as far as this module saw it: a lower bound). */
export function taskElapsed(): number {
  const now = performance.now();
  if (taskStart === undefined) mark(now);
  return now - taskStart!;
}

/** Whether the task now running has time left for more work (under `SLICE_MS` so far). */
export const taskHasTime = (): boolean => taskElapsed() < SLICE_MS;

/**
 * Runs `fn` now while the task now running has time left, else as the next task: so a fast
 * machine does the work in the task that asked for it, and a slow one in short tasks.
 * Returns whether it ran now.
 */
export function soon(fn: () => void): boolean {
  if (taskHasTime()) {
    fn();
    return true;
  }
  nextTask(fn);
  return false;
}

/**
 * Runs `step(from, to)` over `n` items (`to` never past `n`), in small batches, starting at
 * once and yielding to the browser whenever the task has run SLICE_MS (counted from the
 * task's start, not this call's: work before it in the same task counts); stops when
 * `alive()` turns false (newer work replaced it) and calls `done` after the last item, with
 * whether any of it ran after the caller's task (then the caller must ask for a render).
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
    while (from < n && taskHasTime()) {
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
