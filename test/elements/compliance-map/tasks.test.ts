import { expect, nextFrame } from '@open-wc/testing';
import type { FeatureCollection } from 'geojson';
import type { PantauComplianceMap } from '../../../src/elements/compliance-map/pantau-compliance-map.js';
import type { DataIssuesDetail, PantauDataIssuesEvent } from '../../../src/events/data-issues.js';
import { SLICE_MS, nextTask } from '../../../src/elements/shared/sliced-task.js';
import { drawn, regionShapes, twoSquares } from './helpers.js';
import { withTaskClockStopped } from '../../helpers/task-clock.js';

/** Keeps the main thread busy for `ms`. */
function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

/** Resolves at the start of a fresh task. */
const freshTask = () => new Promise<void>((resolve) => nextTask(resolve));

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

  it('builds its model in later tasks when the update comes late in a long task, and reports it once', async () => {
    await freshTask();
    const el = squaresMap();
    const events: DataIssuesDetail[] = [];
    el.addEventListener('pantau-data-issues', (e) =>
      events.push((e as PantauDataIssuesEvent<DataIssuesDetail>).detail),
    );
    document.body.append(el);
    // The first update runs at the end of this task, after the page's own long work.
    busy(SLICE_MS + 5);
    try {
      await el.updateComplete;
      expect(el.getAttribute('aria-busy')).to.equal('true');
      expect(regionShapes(el)).to.have.length(0);
      expect(events).to.have.length(0);
      await drawn(el, 2);
      expect(el.hasAttribute('aria-busy')).to.equal(false);
      expect(regionShapes(el)).to.have.length(2);
      await nextFrame();
      expect(events).to.have.length(1);
      expect(events[0]!.matched).to.equal(2);
    } finally {
      el.remove();
    }
  });
});
