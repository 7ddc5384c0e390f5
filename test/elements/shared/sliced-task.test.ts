import { expect } from '@open-wc/testing';
import { sliced, SLICE_MS, soon, taskElapsed } from '../../../src/elements/shared/sliced-task.js';
import { busy, freshTask, withTaskClockStopped } from '../../helpers/task-clock.js';

describe('sliced tasks', () => {
  it('counts the time the task has run from its first look, and starts again in the next task', async () => {
    await freshTask();
    busy(5);
    expect(taskElapsed()).to.be.at.least(5);
    await freshTask();
    expect(taskElapsed()).to.be.below(5);
  });

  it('runs work at once while the task has time left, and in the next task once it has run long', async () => {
    await freshTask();
    const ran: string[] = [];
    expect(soon(() => ran.push('young'))).to.equal(true);
    expect(ran).to.deep.equal(['young']);
    busy(SLICE_MS + 2);
    expect(soon(() => ran.push('old'))).to.equal(false);
    expect(ran).to.deep.equal(['young']);
    await freshTask();
    expect(ran).to.deep.equal(['young', 'old']);
  });

  it('leaves all of a slicing for later tasks when the task asking for it has already run long', async () => {
    await freshTask();
    busy(SLICE_MS + 2);
    const steps: number[] = [];
    let late: boolean | undefined;
    sliced(
      64,
      (from) => steps.push(from),
      () => true,
      (l) => (late = l),
    );
    expect(steps).to.deep.equal([]);
    for (let i = 0; i < 50 && late === undefined; i++) await freshTask();
    expect(steps).to.deep.equal([0, 16, 32, 48]);
    expect(late).to.equal(true);
  });

  it('does a short slicing in the task that asked for it', async () => {
    await freshTask();
    const steps: number[] = [];
    let late: boolean | undefined;
    await withTaskClockStopped(() =>
      sliced(
        40,
        (from) => steps.push(from),
        () => true,
        (l) => (late = l),
      ),
    );
    expect(steps).to.deep.equal([0, 16, 32]);
    expect(late).to.equal(false);
  });
});
