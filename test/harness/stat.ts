import type { PantauStat } from '../../src/elements/stat/pantau-stat.js';
import { ElementHarness, textOf } from './harness.js';

/** `<pantau-stat>` as a reader meets it: the figure, its change, and the sentence a screen reader hears. */
export class StatHarness extends ElementHarness<PantauStat> {
  /** The figure as shown (`10.846`; `–` when there is none). */
  value(): string {
    return this.partText('value');
  }

  label(): string {
    return this.partText('label');
  }

  unit(): string {
    return this.partText('unit');
  }

  /** The change badge (`▲ 28,3%`) and its tone (`good`, `bad` or '' when neither); undefined when not shown. */
  change(): { text: string; tone: string } | undefined {
    const badge = this.$('[part=change]');
    if (!badge) return undefined;
    return {
      text: badge.textContent ?? '',
      tone: ['good', 'bad'].find((c) => badge.classList.contains(c)) ?? '',
    };
  }

  /** The one sentence that reads the whole figure to a screen reader. */
  sentence(): string {
    return textOf(this.$('.visually-hidden'));
  }

  /** The source link, when there is one: its text and address. */
  sourceLink(): { text: string; href: string } | undefined {
    const a = this.$<HTMLAnchorElement>('[part=footer] a');
    return a ? { text: a.textContent ?? '', href: a.getAttribute('href') ?? '' } : undefined;
  }
}
