import { expect } from '@open-wc/testing';
import { commonWidth, compareSystems, normalizeCode, padCode, parseCodeSystem } from '../../src/geo/codes.js';

describe('region codes', () => {
  it('reads 63.01, 6301, 63-01 and " 63 01 " as one code', () => {
    for (const v of ['63.01', '6301', '63-01', ' 63 01 ', 6301, 63.01])
      expect(normalizeCode(v), String(v)).to.equal('6301');
  });

  it('keeps leading zeros written in text', () => {
    expect(normalizeCode('01001')).to.equal('01001');
    expect(normalizeCode('01.001')).to.equal('01001');
  });

  it('rejects an ambiguous decimal number, negatives and non-codes', () => {
    expect(normalizeCode(63.1)).to.equal(undefined);
    expect(normalizeCode(-1)).to.equal(undefined);
    expect(normalizeCode('63,01')).to.equal(undefined);
    expect(normalizeCode('')).to.equal(undefined);
    expect(normalizeCode({})).to.equal(undefined);
  });

  it('upper-cases lettered codes', () => {
    expect(normalizeCode('91-d')).to.equal('91D');
  });

  it('pads numbers that lost their zeros, never text', () => {
    expect(padCode('1001', 1001, 5)).to.equal('01001');
    expect(padCode('1001', '1001', 5)).to.equal('1001');
    expect(commonWidth(['01001', '02002'])).to.equal(5);
    expect(commonWidth(['11', '6301'])).to.equal(undefined);
  });

  it('never compares codes of two stated, different systems', () => {
    expect(compareSystems('bps', 'kemendagri').comparable).to.equal(false);
    expect(compareSystems('kemendagri', 'kemendagri').comparable).to.equal(true);
    expect(compareSystems(undefined, 'kemendagri').comparable).to.equal(true);
    expect(parseCodeSystem(' BPS ')).to.equal('bps');
    expect(parseCodeSystem('iso')).to.equal(undefined);
  });
});
