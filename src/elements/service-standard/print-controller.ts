import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * Opens every closed `<details>` of the host for printing and closes them again afterwards:
 * a printed standard must show every section, and the reader's own choices must survive.
 */
export class PrintExpandController implements ReactiveController {
  private opened: HTMLDetailsElement[] = [];

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.expand);
    window.addEventListener('afterprint', this.restore);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.expand);
    window.removeEventListener('afterprint', this.restore);
    this.opened = [];
  }

  private readonly expand = (): void => {
    const closed = [...this.host.renderRoot.querySelectorAll('details')].filter((d) => !d.open);
    closed.forEach((d) => (d.open = true));
    this.opened.push(...closed);
  };

  private readonly restore = (): void => {
    this.opened.forEach((d) => (d.open = false));
    this.opened = [];
  };
}
