import { expect } from '@open-wc/testing';
import { serializeJsonLd, serviceJsonLd } from '../../../src/elements/service-standard/json-ld.js';
import { validateServiceCatalogue } from '../../../src/data/validate/schemas/service-standard.js';

const svc = (o: Record<string, unknown>) =>
  validateServiceCatalogue({ name: 'KTP-el', ...o }).value.services[0]!;

describe('service standard JSON-LD', () => {
  it('describes a GovernmentService with its provider, area, fee and steps', () => {
    const ld = serviceJsonLd(
      svc({
        id: 'ktp',
        provider: 'Dukcapil',
        unit: 'Bidang Pendaftaran',
        areaServed: 'Kota Contoh',
        fee: 0,
        procedure: ['Daftar', 'Rekam'],
        timeLimit: { value: 1, unit: 'hari kerja' },
      }),
      'id',
    );
    expect(ld).to.include({
      '@context': 'https://schema.org',
      '@type': 'GovernmentService',
      name: 'KTP-el',
      identifier: 'ktp',
    });
    expect(ld.provider).to.deep.equal({
      '@type': 'GovernmentOrganization',
      name: 'Dukcapil',
      department: { '@type': 'GovernmentOrganization', name: 'Bidang Pendaftaran' },
    });
    expect(ld.areaServed).to.deep.equal({ '@type': 'AdministrativeArea', name: 'Kota Contoh' });
    expect(ld.offers).to.deep.equal({ '@type': 'Offer', priceCurrency: 'IDR', price: 0 });
    expect(ld.description).to.equal('1. Daftar\n2. Rekam\n1 hari kerja');
  });

  it('gives a text fee as an offer description without a price', () => {
    const ld = serviceJsonLd(svc({ fee: 'Sesuai Perda' }), 'en');
    expect(ld.offers).to.deep.equal({ '@type': 'Offer', priceCurrency: 'IDR', description: 'Sesuai Perda' });
  });

  it('lists only safe channels', () => {
    const ld = serviceJsonLd(
      svc({
        complaints: [
          { type: 'web', value: 'javascript:alert(1)' },
          { type: 'phone', value: '1500537' },
          { type: 'lapor' },
        ],
      }),
      'id',
    );
    expect(ld.availableChannel).to.deep.equal([
      { '@type': 'ServiceChannel', servicePhone: { '@type': 'ContactPoint', telephone: '1500537' } },
      { '@type': 'ServiceChannel', serviceUrl: 'https://www.lapor.go.id/' },
    ]);
  });

  it('escapes < so data cannot close the script element, and stays valid JSON', () => {
    const text = serializeJsonLd({ name: '</script><script>alert(1)</script>\u2028' });
    expect(text).not.to.contain('<');
    expect(text).not.to.contain('\u2028');
    expect(JSON.parse(text).name).to.equal('</script><script>alert(1)</script>\u2028');
  });
});
