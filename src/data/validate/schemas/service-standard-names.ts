/**
 * Field names as service standards are really written. Offices publish with the law's
 * Indonesian names (`persyaratan`, `dasar_hukum`, `jangka_waktu`, `biaya/tarif` …) in
 * snake_case, camelCase, Title Case or with spaces; all are compared after folding (lower
 * case, letters and digits only), so `Dasar Hukum`, `dasar_hukum` and `dasarHukum` are one name.
 */

/** Lower case, letters and digits only: how field names are compared. */
export const foldName = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Each canonical field and the other names it is published under (folded). */
const ALIASES: Record<string, readonly string[]> = {
  id: ['kode', 'kodelayanan', 'idlayanan'],
  name: ['nama', 'namalayanan', 'namapelayanan', 'layanan'],
  provider: ['penyelenggara', 'instansi', 'opd', 'perangkatdaerah', 'namainstansi'],
  unit: ['unitkerja', 'unitlayanan', 'unitpelayanan', 'bidang'],
  serviceType: ['jenislayanan', 'jenispelayanan', 'kategorilayanan'],
  areaServed: ['wilayah', 'wilayahlayanan', 'cakupanwilayah'],
  legalBasis: ['dasarhukum', 'landasanhukum'],
  requirements: ['persyaratan', 'syarat', 'persyaratanpelayanan', 'persyaratanlayanan'],
  procedure: [
    'prosedur',
    'sistemmekanismeprosedur',
    'sistemmekanismedanprosedur',
    'mekanisme',
    'mekanismeprosedur',
    'alur',
    'alurpelayanan',
    'prosedurpelayanan',
  ],
  timeLimit: [
    'jangkawaktu',
    'jangkawaktupenyelesaian',
    'waktupenyelesaian',
    'waktulayanan',
    'waktupelayanan',
  ],
  fee: ['biaya', 'tarif', 'biayatarif', 'biayaatautarif', 'biayadantarif', 'biayapelayanan'],
  product: ['produk', 'produkpelayanan', 'produklayanan'],
  facilities: [
    'sarana',
    'saranaprasarana',
    'saranadanprasarana',
    'saranaprasaranafasilitas',
    'saranaprasaranadanataufasilitas',
    'fasilitas',
  ],
  staffCompetence: ['kompetensi', 'kompetensipelaksana'],
  internalOversight: ['pengawasan', 'pengawasaninternal'],
  complaints: [
    'pengaduan',
    'penangananpengaduan',
    'penangananpengaduansaranmasukan',
    'penangananpengaduansarandanmasukan',
    'saluranpengaduan',
  ],
  staffCount: ['jumlahpelaksana', 'jumlahpetugas'],
  serviceGuarantee: ['jaminanpelayanan', 'jaminanlayanan'],
  safetyGuarantee: [
    'jaminankeamanan',
    'jaminankeselamatan',
    'jaminankeamanandankeselamatan',
    'jaminankeamanandankeselamatanpelayanan',
  ],
  staffEvaluation: ['evaluasikinerja', 'evaluasikinerjapelaksana', 'evaluasipelaksana'],
  pledge: ['maklumat', 'maklumatpelayanan'],
  updated: ['diperbarui', 'tanggalpembaruan', 'pembaruan', 'terakhirdiperbarui', 'lastupdated'],
  note: ['catatan', 'keterangan'],
  source: ['sumber', 'sumberdata'],
  sourceUrl: ['urlsumber', 'sumberurl', 'tautansumber'],
  performance: ['kinerja'],
};

const BY_FOLDED = new Map<string, string>();
for (const [canonical, names] of Object.entries(ALIASES)) {
  BY_FOLDED.set(foldName(canonical), canonical);
  for (const n of names) BY_FOLDED.set(n, canonical);
}

/** The canonical field a source name stands for, or undefined for a name this version does not know. */
export function canonicalField(name: string): string | undefined {
  return BY_FOLDED.get(foldName(name));
}

/** Names of the catalogue list (`{"services": [...]}`, `{"layanan": [...]}`). */
export const CATALOGUE_KEYS: readonly string[] = ['services', 'layanan', 'daftarlayanan', 'standarpelayanan'];

/**
 * Renames the known fields of one object to their canonical names. The first source name of a
 * field wins; a second one for the same field is returned in `duplicates`; unknown names are
 * returned in `unknown`, with their values kept.
 */
export function canonicalise(
  input: Record<string, unknown>,
  known: (name: string) => string | undefined = canonicalField,
): {
  fields: Record<string, unknown>;
  /** The source's name of each canonical field read. */
  names: Record<string, string>;
  unknown: [string, unknown][];
  duplicates: [string, unknown][];
} {
  const fields: Record<string, unknown> = {};
  const names: Record<string, string> = {};
  const unknown: [string, unknown][] = [];
  const duplicates: [string, unknown][] = [];
  for (const [key, value] of Object.entries(input)) {
    const canonical = known(key);
    if (!canonical) unknown.push([key, value]);
    else if (Object.hasOwn(fields, canonical)) duplicates.push([key, value]);
    else {
      fields[canonical] = value;
      names[canonical] = key;
    }
  }
  return { fields, names, unknown, duplicates };
}
