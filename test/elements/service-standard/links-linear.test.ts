import { expect } from '@open-wc/testing';
import {
  channelHref,
  looksLikeEmail,
  MAX_EMAIL,
  MAX_PHONE,
  MAX_URL,
} from '../../../src/elements/service-standard/links.js';
import { serviceJsonLd } from '../../../src/elements/service-standard/json-ld.js';

const KB100 = 100_000;

/** Values shaped to make a backtracking pattern try every split: ~100 KB each. */
const HOSTILE = [
  `a@${'a.'.repeat(KB100 / 2)}<`,
  `${'a'.repeat(KB100)}@`,
  `a@${'.'.repeat(KB100)}`,
  `${'a@'.repeat(KB100 / 2)}`,
  `https://${'a'.repeat(KB100)}`,
  `${'1 '.repeat(KB100 / 2)}x`,
  `+${'(1)-'.repeat(KB100 / 4)}`,
];

describe('complaint channel checks are linear in their input', () => {
  it('reads 100 KB e-mail-shaped values without backtracking (the old pattern took minutes)', () => {
    // No length cap here: the scan itself must be linear.
    expect(looksLikeEmail(`a@${'a.'.repeat(KB100 / 2)}<`)).to.equal(false);
    expect(looksLikeEmail(`a@${'a.'.repeat(KB100 / 2)}id`)).to.equal(true);
    expect(looksLikeEmail(`${'a'.repeat(KB100)}@b.${'c'.repeat(KB100)}`)).to.equal(true);
    expect(looksLikeEmail(`a@${'a'.repeat(KB100)}`)).to.equal(false);
  });

  it('accepts and refuses the same short addresses as before', () => {
    const yes = ['pengaduan@example.org', 'a.b@c.d', 'x@sub.domain.go.id'];
    const no = ['a@b', 'a@.b', 'a@b.', '@b.c', 'a@@b.c', 'a b@c.d', 'a@b.c<', 'a@b/c.d', 'a@b@c.d'];
    for (const v of yes) expect(looksLikeEmail(v), v).to.equal(true);
    for (const v of no) expect(looksLikeEmail(v), v).to.equal(false);
  });

  it('never links a value longer than any real address of its kind, however it is shaped', () => {
    for (const value of HOSTILE)
      for (const type of ['lapor', 'web', 'phone', 'whatsapp', 'email'] as const)
        expect(channelHref({ type, value }), `${type} ${value.slice(0, 20)}`).to.equal(undefined);
    expect(channelHref({ type: 'email', value: `${'a'.repeat(MAX_EMAIL - 6)}@b.id` })).to.match(/^mailto:/);
    expect(channelHref({ type: 'email', value: `${'a'.repeat(MAX_EMAIL)}@b.id` })).to.equal(undefined);
    expect(channelHref({ type: 'phone', value: '1'.repeat(MAX_PHONE) })).to.match(/^tel:/);
    expect(channelHref({ type: 'phone', value: '1'.repeat(MAX_PHONE + 1) })).to.equal(undefined);
    expect(channelHref({ type: 'web', value: `https://a.id/${'a'.repeat(MAX_URL - 20)}` })).to.match(
      /^https:/,
    );
    expect(channelHref({ type: 'web', value: `https://a.id/${'a'.repeat(MAX_URL)}` })).to.equal(undefined);
  });

  it('builds JSON-LD from 100 KB channel values (checked a second time there) without a link', () => {
    const complaints = HOSTILE.map((value) => ({ type: 'email' as const, value }));
    const ld = JSON.stringify(serviceJsonLd({ name: 'Layanan', complaints } as never, 'id'));
    expect(ld).not.to.include('mailto:');
  });
});
