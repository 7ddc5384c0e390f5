import { expect, waitUntil } from '@open-wc/testing';

/**
 * The demo that `npm start` serves, on its bundled data: every element must end up showing
 * figures, never a loading or error state, and so must every embed code its builder offers
 * (the code a journalist copies is the code the preview runs).
 */

type Pantau = HTMLElement & { updateComplete?: Promise<unknown> };

const ERROR = '.data-state.error, .data-state.loading, .issues.error';

/** Elements still loading, or showing an error, as `tag#id: text`. */
function unsettled(doc: Document): string[] {
  return [...doc.querySelectorAll<Pantau>('*')]
    .filter((el) => el.localName.startsWith('pantau-'))
    .filter((el) => !el.shadowRoot?.textContent?.trim() || el.shadowRoot.querySelector(ERROR))
    .map(
      (el) =>
        `${el.localName}#${el.id}: ${el.shadowRoot?.querySelector(ERROR)?.textContent?.trim() ?? '(empty)'}`,
    );
}

async function openDemo(): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.title = 'demo';
  frame.width = '1200';
  frame.height = '2000';
  frame.src = '/demo/index.html';
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

describe('The demo (npm start)', function () {
  this.timeout(60000);
  let doc: Document;

  before(async () => {
    doc = await openDemo();
  });

  it('shows every element with its data, and no error', async () => {
    await waitUntil(() => unsettled(doc).length === 0, `still unsettled: ${unsettled(doc).join('; ')}`, {
      timeout: 30000,
      interval: 200,
    }).catch(() => expect(unsettled(doc)).to.deep.equal([]));
    const stat = doc.querySelector('pantau-stat')!;
    expect(stat.shadowRoot!.textContent).to.match(/\d{1,3}(\.\d{3})+/);
  });

  it('offers embed codes whose preview shows data', async () => {
    const picker = doc.querySelector<HTMLSelectElement>('#embed-element')!;
    const preview = doc.querySelector<HTMLElement>('#embed-preview')!;
    const code = doc.querySelector<HTMLTextAreaElement>('#embed-code')!;
    const tags = [...picker.options].map((o) => o.value);
    expect(tags).to.have.length(4);
    for (const tag of tags) {
      picker.value = tag;
      picker.dispatchEvent(new Event('change'));
      const el = preview.firstElementChild as Pantau;
      expect(el.localName).to.equal(tag);
      await waitUntil(() => unsettled(preview.ownerDocument).length === 0, '', { timeout: 15000 }).catch(() =>
        expect(unsettled(preview.ownerDocument), tag).to.deep.equal([]),
      );
      // Every attribute the preview uses is in the code, with the script tags it needs.
      for (const a of el.getAttributeNames()) expect(code.value, `${tag} ${a}`).to.include(` ${a}`);
      expect(code.value).to.include(`<script type="module" src="/assets/pantau/${tag}.js"></script>`);
      if (el.getAttribute('geo') === 'id-provinces') expect(code.value).to.include('pantau-id-provinces.js');
    }
  });
});
