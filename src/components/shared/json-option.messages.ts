import { defineMessages } from '../../i18n/messages.js';

/** Notices about an option written as a JSON child (`<script type="application/json" data-pantau="…">`). */
export const jsonOptionMessages = defineMessages({
  json: [
    'Opsi "{name}" diabaikan: isi <script data-pantau="{name}"> bukan JSON yang sah.',
    'The "{name}" option was ignored: the content of <script data-pantau="{name}"> is not valid JSON.',
  ],
  shape: [
    'Opsi "{name}" diabaikan: <script data-pantau="{name}"> harus berisi daftar JSON ([…]) berisi objek.',
    'The "{name}" option was ignored: <script data-pantau="{name}"> must hold a JSON list ([…]) of objects.',
  ],
  skipped: [
    'Opsi "{name}": {count} entri tidak terbaca dan dilewati (kolom wajib kosong atau salah jenis).',
    'The "{name}" option: {count} entries could not be read and were left out (a required field is missing or of the wrong type).',
  ],
});
