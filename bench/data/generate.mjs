// Writes a deterministic complaints CSV (Open311-like columns, WIB timestamps) for the data
// benchmark: the same seed gives the same bytes on every machine.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const SERVICES = [
  'Jalan rusak',
  'Lampu jalan mati',
  'Sampah menumpuk',
  'Drainase tersumbat',
  'Air PDAM mati',
  'Pelayanan KTP-el',
  'Perizinan usaha',
  'Pungutan liar',
  'Fasilitas kesehatan',
  'Banjir',
  'Pohon tumbang',
  'Parkir liar',
];
const REGIONS = [
  '63.01',
  '63.02',
  '63.03',
  '63.04',
  '63.05',
  '63.06',
  '63.07',
  '63.08',
  '63.09',
  '63.10',
  '63.11',
  '63.71',
  '63.72',
];

/** mulberry32: a tiny, well-distributed 32-bit PRNG. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n, w = 2) => String(n).padStart(w, '0');
// Wall-clock WIB text for a UTC ms (WIB is UTC+7 all year).
function wib(ms) {
  const d = new Date(ms + 7 * 3600000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}+07:00`;
}

/** Writes `rows` complaint rows spread over 2023–2024 to `path`; resolves with the byte count. */
export async function generateComplaints(path, rows, seed = 20240301) {
  const random = prng(seed);
  const out = createWriteStream(path);
  const start = Date.UTC(2022, 11, 31, 17); // 2023-01-01 00:00 WIB
  const span = 2 * 365 * 86400000;
  let bytes = 0;
  let buf = 'service_request_id,requested_datetime,updated_datetime,service_name,status,region_code\n';
  for (let i = 0; i < rows; i++) {
    const opened = start + Math.floor(random() * span);
    const closed = random() < 0.7;
    const updated = opened + Math.floor(random() * 30 * 86400000);
    const service = SERVICES[Math.floor(random() ** 1.6 * SERVICES.length)];
    buf += `${100000 + i},${wib(opened)},${wib(updated)},${service},${closed ? 'closed' : 'open'},${REGIONS[Math.floor(random() * REGIONS.length)]}\n`;
    if (buf.length > 1 << 20) {
      bytes += Buffer.byteLength(buf);
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  bytes += Buffer.byteLength(buf);
  out.end(buf);
  await once(out, 'finish');
  return bytes;
}
