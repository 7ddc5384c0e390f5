import { expect, nextFrame } from '@open-wc/testing';
import type { FeatureCollection } from 'geojson';
import type { PantauComplianceMap } from '../../../src/elements/compliance-map/pantau-compliance-map.js';
import type { DataIssuesDetail, PantauDataIssuesEvent } from '../../../src/events/data-issues.js';
import { SLICE_MS } from '../../../src/elements/shared/sliced-task.js';
import { drawn, regionShapes, twoSquares } from './helpers.js';
import { busy, freshTask, withTaskClockStopped } from '../../helpers/task-clock.js';

/** Waits, a frame at a time, until `check` holds (fails after `ms`). */
async function until(check: () => boolean, ms = 4000): Promise<void> {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await nextFrame();
  expect(check(), 'in time').to.equal(true);
}

function squaresMap(): PantauComplianceMap {
  const el = document.createElement('pantau-compliance-map');
  el.geo = twoSquares as FeatureCollection;
  el.data = [
    { code: '63', score: 90, year: 2022 },
    { code: '64', score: 50, year: 2022 },
  ];
  el.setAttribute('data-key', 'code');
  el.setAttribute('feature-key', 'code');
  el.setAttribute('scheme', 'ombudsman-2022');
  el.setAttribute('projection', 'mercator');
  el.style.width = '400px';
  return el;
}

describe('<pantau-compliance-map> in short tasks', () => {
  it('is sized before its first render, so no layout of its whole shadow tree is forced to read its width', async () => {
    await freshTask();
    const el = squaresMap();
    const read: Element[] = [];
    const original = Element.prototype.getBoundingClientRect;
    Element.prototype.getBoundingClientRect = function (this: Element) {
      read.push(this);
      return original.call(this);
    };
    try {
      document.body.append(el);
      await el.updateComplete;
      await nextFrame();
    } finally {
      Element.prototype.getBoundingClientRect = original;
    }
    try {
      const sizer = el.shadowRoot!.querySelector('.sizer');
      expect(sizer).to.exist;
      // A boolean, not the elements read: a failure message holding elements would not serialise.
      expect(read.includes(sizer!), 'the sizer in the shadow root was read').to.equal(false);
      await drawn(el, 2);
      expect(regionShapes(el)).to.have.length(2);
    } finally {
      el.remove();
    }
  });

  it('builds its model in the update that needs it while the task has time', async () => {
    await freshTask();
    const el = squaresMap();
    try {
      await withTaskClockStopped(async () => {
        document.body.append(el);
        await el.updateComplete;
      });
      expect(el.hasAttribute('aria-busy')).to.equal(false);
      expect(regionShapes(el)).to.have.length(2);
    } finally {
      el.remove();
    }
  });

  it('waits for the next task to render first when the task that connected it has run long', async () => {
    await freshTask();
    const el = squaresMap();
    document.body.append(el);
    // The page's own long work (on a slow phone: evaluating the script that defined the map).
    busy(SLICE_MS + 5);
    try {
      await Promise.resolve();
      await Promise.resolve();
      expect(el.hasUpdated, 'rendered in the long task').to.equal(false);
      // Its own task has time (the clock stopped: a loaded machine cannot take that time away),
      // so the model is built in the update, as on a fast machine.
      await withTaskClockStopped(() => el.updateComplete);
      expect(el.hasAttribute('aria-busy')).to.equal(false);
      expect(regionShapes(el)).to.have.length(2);
    } finally {
      el.remove();
    }
  });

  it('builds a new model in later tasks when new data comes late in a long task, and reports it once', async () => {
    const el = squaresMap();
    const events: DataIssuesDetail[] = [];
    el.addEventListener('pantau-data-issues', (e) =>
      events.push((e as PantauDataIssuesEvent<DataIssuesDetail>).detail),
    );
    document.body.append(el);
    try {
      await drawn(el, 2);
      await nextFrame();
      expect(events).to.have.length(1);
      await freshTask();
      el.data = [
        { code: '63', score: 40, year: 2022 },
        { code: '64', score: 95, year: 2022 },
      ];
      busy(SLICE_MS + 5);
      await el.updateComplete;
      expect(el.getAttribute('aria-busy')).to.equal('true');
      expect(events).to.have.length(1);
      // What was shown stays until the new model is ready.
      expect(regionShapes(el)).to.have.length(2);
      await until(() => !el.hasAttribute('aria-busy'));
      await nextFrame();
      expect(regionShapes(el)).to.have.length(2);
      expect(events).to.have.length(2);
      expect(events[1]!.matched).to.equal(2);
    } finally {
      el.remove();
    }
  });
});
