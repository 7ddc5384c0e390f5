import { expect } from '@open-wc/testing';
import type { Feature } from 'geojson';
import type { ReactiveControllerHost } from 'lit';
import { RegionChunks } from '../../../src/elements/compliance-map/map-chunks.js';
import { ShapeCache } from '../../../src/elements/compliance-map/map-shapes.js';
import { SLICE_MS } from '../../../src/elements/shared/sliced-task.js';
import { square } from './helpers.js';
import { busy, freshTask, withTaskClockStopped } from '../../helpers/task-clock.js';

/** A host whose updates run the chunks' part of an update; `asked` counts updates requested. */
function chunkHost(total: number) {
  const host = {
    asked: 0,
    addController: () => undefined,
    requestUpdate: () => void host.asked++,
  };
  const chunks = new RegionChunks(host as unknown as ReactiveControllerHost);
  const key = [{}];
  const update = () => {
    host.asked = 0;
    chunks.hostUpdate();
    chunks.visible(key, total);
    chunks.hostUpdated();
  };
  return { host, chunks, update };
}

describe('the map put in the page by the task clock', () => {
  it('projects a large map in the update that brought it while the task has time', async () => {
    const squares = () =>
      Array.from({ length: 300 }, (_, i) => square({ code: String(i) }, 100 + (i % 20)) as Feature);
    // Projected once before, so the timed task measures projecting, not the engine's first look.
    new ShapeCache(() => undefined).update(squares(), 'mercator', 400);
    const features = squares();
    await freshTask();
    let ready = 0;
    const cache = new ShapeCache(() => ready++);
    await withTaskClockStopped(() => cache.update(features, 'mercator', 400));
    // More regions than the 250 once projected in a task of their own, whatever the time left.
    expect(cache.shapes.length).to.equal(300);
    // Drawn by the update that asked: no second render requested.
    expect(ready).to.equal(0);
  });

  it('projects in later tasks when the update comes late in a long task, then asks for a render', async () => {
    await freshTask();
    const features = [square({ code: '1' }, 110) as Feature, square({ code: '2' }, 113) as Feature];
    let ready = 0;
    const cache = new ShapeCache(() => ready++);
    busy(SLICE_MS + 2);
    cache.update(features, 'mercator', 400);
    expect(cache.shapes.length).to.equal(0);
    await freshTask();
    await freshTask();
    expect(cache.shapes.length).to.equal(2);
    expect(ready).to.equal(1);
  });

  it('puts all of a large map in the page within one task while it has time, in chunks past the first', async () => {
    await freshTask();
    const { host, chunks, update } = chunkHost(3000);
    await withTaskClockStopped(() => {
      update();
      // Each next chunk is asked for at once (the same task), not after a timer.
      for (let i = 0; i < 100 && host.asked; i++) update();
    });
    expect(chunks.ranges.at(-1)![1]).to.equal(3000);
  });

  it('puts the first chunk off to the next task when the task has run long, and makes it there', async () => {
    await freshTask();
    const { host, chunks, update } = chunkHost(600);
    busy(SLICE_MS + 2);
    update();
    expect(chunks.ranges).to.deep.equal([]);
    expect(host.asked).to.equal(0);
    await freshTask();
    expect(host.asked).to.equal(1);
    update();
    expect(chunks.ranges.length).to.equal(1);
  });
});
