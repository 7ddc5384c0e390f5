import { expect } from '@open-wc/testing';
import { customElement } from '../../../src/elements/shared/pantau-element.js';

describe('customElement (pantau elements register once)', () => {
  it('keeps the first definition when a second file defines the same tag', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    customElement('pantau-define-probe')(First);
    expect(() => customElement('pantau-define-probe')(Second)).to.not.throw();
    expect(customElements.get('pantau-define-probe')).to.equal(First);
  });
});
