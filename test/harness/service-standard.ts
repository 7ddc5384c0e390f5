import type { PantauServiceStandard } from '../../src/elements/service-standard/pantau-service-standard.js';
import { ElementHarness, textOf } from './harness.js';

/**
 * `<pantau-service-standard>` as a citizen meets it: the service name, the key facts, the
 * requirements and steps, the complaint channels and the call to report.
 */
export class ServiceStandardHarness extends ElementHarness<PantauServiceStandard> {
  /** The service name (the card's heading). */
  name(): string {
    return textOf(this.$('.title'));
  }

  /** Provider and unit, as the line under the name. */
  provider(): string {
    return textOf(this.$('.provider'));
  }

  /** The key facts (time limit, fee, product), each as its label and value read together. */
  facts(): string[] {
    return this.$$('[part=facts] .fact').map(textOf);
  }

  /** The requirements checklist. */
  requirements(): string[] {
    return this.$$('ul.checklist > li').map(textOf);
  }

  /** The numbered procedure. */
  steps(): string[] {
    return this.$$('ol.steps > li').map(textOf);
  }

  /** The complaint channels' links: text and address. */
  channels(): [string, string | null][] {
    return this.$$('.channels a').map((a) => [textOf(a), a.getAttribute('href')]);
  }

  /** The call to report (`part=report`): its text and address; undefined when there is none. */
  report(): { text: string; href: string | null } | undefined {
    const cta = this.$('[part=report]');
    return cta ? { text: textOf(cta), href: cta.getAttribute('href') } : undefined;
  }

  /** The titles of the closed provider-side sections (`part=details`). */
  detailTitles(): string[] {
    return this.$$('details[part=details]').map((d) => textOf(d.querySelector('summary')));
  }
}
