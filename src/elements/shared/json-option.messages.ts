import { defineMessages } from '../../i18n/messages.js';

/** Notices about an option written as a JSON child (`<script type="application/json" data-pantau="…">`). */
export const jsonOptionMessages = defineMessages({
  json: ['Opsi {name} diabaikan: bukan JSON yang sah.', 'The {name} option was ignored: not valid JSON.'],
  shape: [
    'Opsi {name} diabaikan: harus daftar JSON berisi objek.',
    'The {name} option was ignored: it must be a JSON list of objects.',
  ],
  skipped: [
    'Opsi {name}: {count} entri tidak terbaca dan dilewati.',
    'The {name} option: {count} unreadable entries were left out.',
  ],
});
