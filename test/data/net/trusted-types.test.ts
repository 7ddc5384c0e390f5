import { expect } from '@open-wc/testing';
import { trusted } from '../../../src/data/net/trusted-types.js';

describe('trusted (the pantau Trusted Types policy)', () => {
  it('turns strings into trusted values of each kind, unchanged', () => {
    const tt = (
      globalThis as {
        trustedTypes?: {
          isScript(v: unknown): boolean;
          isScriptURL(v: unknown): boolean;
        };
      }
    ).trustedTypes!;
    const script = trusted('createScript', '{"@type":"GovernmentService"}');
    const url = trusted('createScriptURL', 'https://example.test/worker.js');
    expect(tt.isScript(script)).to.be.true;
    expect(tt.isScriptURL(url)).to.be.true;
    expect(String(script)).to.equal('{"@type":"GovernmentService"}');
    expect(String(url)).to.equal('https://example.test/worker.js');
  });
});
