import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ResizeController } from '../../../src/elements/shared/resize-controller.js';

class SizeProbe extends LitElement {
  size = new ResizeController(this);
  override render() {
    return html`${this.size.width}x${this.size.height}`;
  }
}
customElements.define('size-probe', SizeProbe);

/** Sizes its inner box before rendering it, from a guess standing in for a measured stand-in. */
class PresizedProbe extends LitElement {
  size = new ResizeController(this, () => this.renderRoot.querySelector('div'));
  guess = { width: 300, height: 40 };
  renders: string[] = [];
  override willUpdate() {
    this.size.presize(() => this.guess);
  }
  override render() {
    this.renders.push(`${this.size.width}x${this.size.height}`);
    return html`<div style="width:300px;height:40px"></div>`;
  }
}
customElements.define('presized-probe', PresizedProbe);

const frames = (n: number) =>
  new Promise<void>((done) => {
    const step = (k: number) => (k === 0 ? done() : requestAnimationFrame(() => step(k - 1)));
    step(n);
  });

describe('ResizeController', () => {
  it('reports the content size and follows container changes', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div><size-probe style="display:block;width:320px;height:100px"></size-probe></div>`,
    );
    const el = wrap.querySelector('size-probe') as SizeProbe;
    await waitUntil(() => el.size.width === 320, 'first size');
    expect(el.size.height).to.equal(100);
    el.style.width = '1200px';
    await waitUntil(() => el.size.width === 1200, 'resized');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('1200x100');
  });

  it('renders once, at the size measured before the target exists, when the measure was right', async () => {
    const el = document.createElement('presized-probe') as PresizedProbe;
    document.body.append(el);
    await el.updateComplete;
    expect(el.renders).to.deep.equal(['300x40']);
    await frames(3);
    expect(el.renders).to.deep.equal(['300x40']);
    el.remove();
  });

  it('follows the observer, before the first paint, when the measure before the render was wrong', async () => {
    const el = document.createElement('presized-probe') as PresizedProbe;
    el.guess = { width: 111.4, height: 22 };
    document.body.append(el);
    await el.updateComplete;
    expect(el.renders).to.deep.equal(['111x22']);
    // The observer reports in the frame's rendering steps; the update it asks for runs before paint.
    await new Promise((r) => requestAnimationFrame(r));
    await waitUntil(() => el.renders.length === 2, 'corrected');
    expect(el.renders[1]).to.equal('300x40');
    el.remove();
  });

  it('stops observing when disconnected', async () => {
    const el = await fixture<SizeProbe>(html`<size-probe style="display:block;width:200px"></size-probe>`);
    await waitUntil(() => el.size.width === 200);
    el.remove();
    el.style.width = '300px';
    await new Promise((r) => setTimeout(r, 50));
    expect(el.size.width).to.equal(200);
  });
});
