import { nextFrame, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';

/**
 * What a reader sees and does with any pantau element, read from its rendered shadow DOM (in
 * the spirit of Material Web's `harness.ts`): the frame, the data state, the data notes, the
 * table view and the download menu. Tests go through a harness instead of reaching into an
 * element's private state, so a refactor that keeps what is drawn keeps the tests green.
 *
 * Harnesses live in `test/`, not `src/`: they read class names that are not public API (only
 * parts, attributes and events are), and they add no byte to the package or the CDN files.
 */
export class ElementHarness<E extends LitElement = LitElement> {
  constructor(readonly element: E) {}

  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  $<T extends Element = HTMLElement>(selector: string): T | null {
    return this.root.querySelector<T>(selector);
  }

  $$<T extends Element = HTMLElement>(selector: string): T[] {
    return [...this.root.querySelectorAll<T>(selector)];
  }

  /** Waits for the element's updates and a few frames (resize observers, sliced work). */
  async settle(frames = 4): Promise<void> {
    for (let i = 0; i < frames; i++) {
      await this.element.updateComplete;
      await nextFrame();
    }
  }

  /** All the text in the element, whitespace collapsed. */
  text(): string {
    return textOf(this.root);
  }

  /** The text of the first element with `part` (empty when there is none). */
  partText(part: string): string {
    return textOf(this.$(`[part~="${part}"]`));
  }

  /** The title, from the `heading` attribute (a slotted title is in the light DOM). */
  title(): string {
    return this.partText('title');
  }

  /** What the data state shows: loading, an error, a stale copy, no data, or nothing. */
  dataState(): 'loading' | 'error' | 'stale' | 'empty' | 'none' {
    for (const s of ['loading', 'error', 'stale', 'empty'] as const) if (this.$(`.data-state.${s}`)) return s;
    return 'none';
  }

  /** The data notes ("Catatan data"): each reading the data did not settle, as shown. */
  notes(): string[] {
    return this.$$('details.notes li').map(textOf);
  }

  /** Presses the retry button of an error or stale notice. */
  async retry(): Promise<void> {
    this.$('[part=retry]')!.click();
    await this.settle();
  }

  /** Opens the table view (a no-op when it is open) and returns its rows. */
  async openTable(): Promise<string[][]> {
    const toggle = this.$('[part=table-toggle]')!;
    if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
    // The table's code loads on the first opening (a side file): it opens once loaded.
    await waitUntil(() => toggle.getAttribute('aria-expanded') === 'true', 'the table view did not open');
    await this.settle(2);
    return this.tableRows();
  }

  /** The table view's column headers. */
  tableHeaders(): string[] {
    return this.$$('[part=table] thead th').map(textOf);
  }

  /** The table view's rows (row header first), as read; empty while it is closed. */
  tableRows(): string[][] {
    return this.$$('[part=table] tbody tr').map((tr) => [...tr.querySelectorAll('th, td')].map(textOf));
  }

  /** Opens the download menu and returns the kinds it offers (`csv`, `svg`, `png`). */
  async openDownloadMenu(): Promise<string[]> {
    const button = this.$('[part=download-button]')!;
    if (button.getAttribute('aria-expanded') !== 'true') button.click();
    await this.settle(1);
    return this.$$('[part=download-menu]:not([hidden]) button[data-kind]').map((b) => b.dataset['kind']!);
  }
}

/** Text of a node, whitespace collapsed. */
export const textOf = (node: Node | null | undefined): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
