import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, settle, trend, YEARLY } from './fixtures.js';

/** The focus dot's row after focusing the plot (last period) and moving down to the second series. */
async function dotOnSecondSeries(mode: 'line' | 'area' | 'bars') {
  const el = await trend(YEARLY, { mode });
  $(el, '[part=plot]').focus();
  await sendKeys({ press: 'ArrowDown' });
  await settle(el);
  const dot = $<SVGCircleElement>(el, '.focus-dot');
  return { el, cy: Number(dot.getAttribute('cy')), cls: dot.getAttribute('class') };
}

describe('<pantau-complaint-trend> focus dot', () => {
  it('sits on the last point of the focused line', async () => {
    const { el, cy, cls } = await dotOnSecondSeries('line');
    expect(cls).to.contain('s2');
    const d = $$(el, 'g.plot .line')[1].getAttribute('d')!;
    const lastY = Number(d.split(',').at(-1));
    expect(cy).to.be.closeTo(lastY, 0.05);
  });

  for (const mode of ['area', 'bars'] as const) {
    it(`sits on top of the stack in ${mode} mode, where the focused series ends`, async () => {
      const { el, cy } = await dotOnSecondSeries(mode);
      // The last period holds the largest total, so the stack's top there is the top of the shape.
      const top = $$<SVGPathElement>(el, 'g.plot .fill')[1].getBBox().y;
      expect(cy).to.be.closeTo(top, 0.05);
    });
  }
});
