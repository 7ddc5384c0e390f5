import { nextTask } from '../../src/elements/shared/sliced-task.js';

/**
 * Tests of "while the task has time" (src/elements/shared/sliced-task.ts) must not depend on
 * how fast the machine is at that moment: on a loaded CI machine a few hundred projected
 * regions can take longer than the 20 ms slice and the work moves to the next task, which is
 * right for the product and wrong for such a test. This stops `performance.now()` while `fn`
 * runs, so the task clock reads no time passing and the task always has time left; the
 * opposite case ("the task has run long") is tested by really keeping the thread busy.
 */
export async function withTaskClockStopped<T>(fn: () => T | Promise<T>): Promise<T> {
  const own = Object.getOwnPropertyDescriptor(performance, 'now');
  const at = performance.now();
  Object.defineProperty(performance, 'now', { configurable: true, value: () => at });
  try {
    return await fn();
  } finally {
    if (own) Object.defineProperty(performance, 'now', own);
    else delete (performance as { now?: unknown }).now;
  }
}

/** Keeps the main thread busy for `ms`: the current task has then run at least that long. */
export function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

/** Resolves at the start of a fresh task (after every message the task clock already posted). */
export const freshTask = (): Promise<void> => new Promise<void>((resolve) => nextTask(resolve));
