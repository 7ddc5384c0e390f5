import { defineMessages } from '../../i18n/messages.js';
import { settledBy } from './settled.messages.js';

/**
 * The wording of the map's data notes, apart from the map's own messages: it ships with them
 * in the side file `pantau-compliance-map.notes.js` (how a category was settled is said in the
 * tooltip too: those three phrases come from `settled.messages.ts` into both catalogs).
 */
export const t = defineMessages({
  scaleAssumed: [
    'Data tidak menyebut tahun penilaian: skala {name} dianggap berlaku (atur dengan atribut year atau scheme).',
    'The data gives no rating year: the {name} scale is assumed (set it with the year or scheme attribute).',
  ],
  scaleFromOpinions: [
    'Data tidak menyebut tahun penilaian: opininya hanya ada pada skala {name} (atur dengan atribut year atau scheme).',
    'The data gives no rating year: its opinions exist only on the {name} scale (set it with the year or scheme attribute).',
  ],
  settled: [
    'Kategori yang ditentukan dari nilai, opini atau zona ({count})',
    'Categories settled by the score, the opinion or the zone ({count})',
  ],
  unread: [
    'Nilai tak terbaca; barisnya tetap dipakai ({count})',
    'Values not read; their rows are still used ({count})',
  ],
  systemsDiffer: [
    'Sistem kode data dan peta berbeda, jadi kode tidak dibandingkan sama sekali (tidak ada tabel konversi BPS–Kemendagri).',
    'The data and the map use different code systems, so codes were not compared at all (there is no BPS–Kemendagri conversion table).',
  ],
  rewound: [
    '{count} wilayah bercincin dengan urutan RFC 7946 (berlawanan arah jarum jam); pantau menggambarnya dengan benar, tetapi alat berbasis d3-geo perlu membaliknya.',
    '{count} regions have rings wound the RFC 7946 way (counter-clockwise); pantau draws them either way, but tools built on d3-geo need them reversed.',
  ],
  unmatched: ['Baris data tanpa wilayah ({count})', 'Data rows that matched no region ({count})'],
  noDataRegions: ['Wilayah tanpa baris data ({count})', 'Regions with no data row ({count})'],
  dupFeatures: [
    'Kode wilayah ganda di peta ({count}): wilayah ini tidak diwarnai berdasarkan kode',
    'Region codes used more than once on the map ({count}): these regions are not coloured by code',
  ],
  dupKeys: [
    'Kunci ganda di data ({count}): baris ini tidak dipakai',
    'Keys used more than once in the data ({count}): these rows are not used',
  ],
  conflicts: [
    'Kode cocok tetapi nama berbeda ({count}): periksa sistem kode',
    'Codes matched but names differ ({count}): check the code system',
  ],
  rowIssues: ['Baris yang tidak terbaca ({count})', 'Rows that could not be read ({count})'],
  row: ['baris {row}', 'row {row}'],
  'no-region': ['tidak ada wilayah dengan kode/nama ini', 'no region has this code/name'],
  ambiguous: ['nama cocok dengan lebih dari satu wilayah', 'the name matches more than one region'],
  'code-system': ['sistem kode berbeda dengan peta', 'a different code system from the map'],
  'duplicate-region': [
    'kode ini dipakai beberapa wilayah di peta',
    'several regions on the map share this code',
  ],
  'duplicate-key': ['wilayah ini sudah punya baris lain', 'this region already has another row'],
  'no-key': ['tanpa kode dan nama', 'no code and no name'],
  'name-conflict': [
    'kode ini milik wilayah bernama lain, dan nama baris tidak cocok dengan wilayah mana pun',
    "the code is a region of another name, and the row's name matches none",
  ],
  'other-level': [
    'tingkat wilayahnya (kolom level/tingkat/jenis atau awalan nama) lain dari peta',
    'of another level (level/tingkat/jenis column or name prefix) than the map',
  ],
  didYouMean: ['mungkin maksudnya {names}?', 'did you mean {names}?'],
  joinedByName: ['diwarnai menurut nama: {name}', 'coloured by name: {name}'],
  notColoured: ['tidak diwarnai', 'not coloured'],
  translated: [
    '{count} kode provinsi dicocokkan dengan kode provinsi yang sama di sistem peta.',
    "{count} province codes were matched to the same province's code in the map's system.",
  ],
  systemByCodes: [
    'Sistem kode data tidak disebut; dibaca {system} karena kode {codes} hanya ada di sistem itu (atribut code-system).',
    "The data's code system is not stated; read as {system}, the only one with codes {codes} (code-system attribute).",
  ],
  systemByNames: [
    'Sistem kode data tidak disebut; dibaca {system} karena nama provinsi Papua cocok dengan kodenya (atribut code-system).',
    "The data's code system is not stated; read as {system}, whose Papua codes fit the names (code-system attribute).",
  ],
  systemAssumed: [
    'Sistem kode data tidak disebut dan tidak terbukti dari kodenya; dianggap sama dengan peta ({system}). Atur atribut code-system jika berbeda.',
    "The data's code system is not stated and its codes prove none; assumed to be the map's ({system}). Set code-system if it differs.",
  ],
  geometrySystemByCodes: [
    'Sistem kode peta tidak disebut; dibaca {system} karena kode {codes} hanya ada di sistem itu (atribut geo-code-system).',
    "The map's code system is not stated; read as {system}, the only one with codes {codes} (geo-code-system attribute).",
  ],
  invalidFeatures: ['Fitur peta tidak digambar ({count})', 'Map features not drawn ({count})'],
  feature: ['fitur {index}', 'feature {index}'],
  'geo-feature': ['bukan objek', 'not an object'],
  'geo-geometry': ['jenis geometri tak dikenal', 'unknown geometry type'],
  'geo-coordinates': ['koordinat tidak sah', 'invalid coordinates'],
  'geo-range': ['koordinat di luar rentang', 'coordinates out of range'],
  'geo-ring': ['cincin kurang dari 4 titik', 'ring of fewer than 4 positions'],
  'geo-arcs': ['arc tidak ada', 'arcs that do not exist'],
  ...settledBy,
});

export type NotesMessageKey = Parameters<typeof t>[1];
