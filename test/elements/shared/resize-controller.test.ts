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

  it('stops observing when disconnected', async () => {
    const el = await fixture<SizeProbe>(html`<size-probe style="display:block;width:200px"></size-probe>`);
    await waitUntil(() => el.size.width === 200);
    el.remove();
    el.style.width = '300px';
    await new Promise((r) => setTimeout(r, 50));
    expect(el.size.width).to.equal(200);
  });
});
