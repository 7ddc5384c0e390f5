import { sendKeys } from '@web/test-runner-commands';
import type { PantauComplaintTrend } from '../../src/elements/complaint-trend/pantau-complaint-trend.js';
import { ElementHarness, textOf } from './harness.js';

/** A series as drawn: its colour class (`s1`…`s8`), its mark (`line` or `fill`) and its path. */
export interface DrawnSeries {
  colour: string;
  mark: 'line' | 'fill';
  d: string;
}

/**
 * `<pantau-complaint-trend>` as a reader meets it: the summary, the legend, the series drawn,
 * the time axis, the tooltip and the keyboard cursor's announcement. A period is pointed at by
 * its label on the time axis, where the reader sees it.
 */
export class TrendHarness extends ElementHarness<PantauComplaintTrend> {
  /** The focusable plot (`part=plot`). */
  get plot(): HTMLElement {
    return this.$('[part=plot]')!;
  }

  summary(): string {
    return this.partText('summary');
  }

  /** The legend's toggle buttons: each series' name and whether it is shown. */
  legend(): { name: string; shown: boolean }[] {
    return this.$$('.legend-item').map((b) => ({
      name: textOf(b),
      shown: b.getAttribute('aria-pressed') === 'true',
    }));
  }

  /** Hides or shows a series with its legend button. */
  async toggleSeries(name: string): Promise<void> {
    const button = this.$$('.legend-item').find((b) => textOf(b) === name);
    if (!button) throw new Error(`no legend button "${name}" in ${JSON.stringify(this.legend())}`);
    button.click();
    await this.settle(2);
  }

  /** The series drawn in the plot, in drawing order. */
  series(): DrawnSeries[] {
    return this.$$<SVGGElement>('g.plot g.series').map((g) => {
      const line = g.querySelector('path.line');
      const path = line ?? g.querySelector('path.fill');
      return {
        colour: [...g.classList].find((c) => /^s\d$/.test(c)) ?? '',
        mark: line ? 'line' : 'fill',
        d: path?.getAttribute('d') ?? '',
      };
    });
  }

  /** The labelled periods of the time axis and their x in the plot's drawing (px from its left). */
  xTicks(): { label: string; x: number }[] {
    return this.$$<SVGTextElement>('g.axis text.tick:not(.year):not(.measure-tick)')
      .filter((t) => t.getAttribute('text-anchor') === 'middle')
      .map((t) => ({ label: textOf(t), x: Number(t.getAttribute('x')) }));
  }

  /** Where the period labelled `label` is on screen: the middle of its column, mid-height. */
  pointOf(label: string): { clientX: number; clientY: number } {
    const tick = this.xTicks().find((t) => t.label === label);
    if (!tick) throw new Error(`no period "${label}" on the time axis`);
    const box = this.$('svg.chart')!.getBoundingClientRect();
    return { clientX: box.left + tick.x, clientY: box.top + box.height / 2 };
  }

  /** Gives the plot keyboard focus (the cursor starts at the last period). */
  async focusPlot(): Promise<void> {
    this.plot.focus();
    await this.settle();
  }

  /** Presses a real key (`ArrowLeft`, `Home`, `Enter`…) on whatever has focus, and waits for the redraw. */
  async press(key: string): Promise<void> {
    await sendKeys({ press: key });
    await this.settle();
  }

  /** Moves the pointer over the period labelled `label`. */
  async hover(label: string): Promise<void> {
    this.plot.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, ...this.pointOf(label) }));
    await this.settle(2);
  }

  /** Moves the pointer off the plot. */
  async leave(): Promise<void> {
    this.plot.dispatchEvent(new PointerEvent('pointerleave'));
    await this.settle(2);
  }

  /** Clicks (or taps) the period labelled `label`. */
  click(label: string): void {
    this.plot.dispatchEvent(new MouseEvent('click', { bubbles: true, ...this.pointOf(label) }));
  }

  /** The tooltip, when shown: its title and each row's name and value (`null` when hidden). */
  tooltip(): { title: string; rows: [string, string][] } | null {
    const tip = this.$('[part=tooltip]');
    if (!tip) return null;
    const rows = [...tip.querySelectorAll('tr')].map((r) => {
      const [, name, value] = [...r.querySelectorAll('td')].map(textOf);
      return [name ?? '', value ?? ''] as [string, string];
    });
    return { title: textOf(tip.querySelector('.tooltip-title')), rows };
  }

  /** Whether the guide line marks a period. */
  hasGuide(): boolean {
    return !!this.$('.guide-line');
  }

  /** What the polite live region last said (the keyboard cursor's value). */
  announcement(): string {
    return textOf(this.$('[part=plot] ~ [aria-live=polite]'));
  }

  /** The note on rows left out (`part=issues`), as shown. */
  issues(): string {
    return this.partText('issues');
  }
}
