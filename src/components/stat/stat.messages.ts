import { defineMessages } from '../../i18n/messages.js';

export const t = defineMessages({
  id: {
    up: 'naik',
    down: 'turun',
    same: 'tetap',
    at: 'pada {period}',
    from: 'dari {previous}',
    fromAt: 'dari {previous} pada {period}',
    source: 'Sumber',
    updated: 'Diperbarui {date}',
    noData: 'Belum ada data',
    better: 'lebih baik',
    worse: 'lebih buruk',
  },
  en: {
    up: 'up',
    down: 'down',
    same: 'unchanged',
    at: 'in {period}',
    from: 'from {previous}',
    fromAt: 'from {previous} in {period}',
    source: 'Source',
    updated: 'Updated {date}',
    noData: 'No data yet',
    better: 'better',
    worse: 'worse',
  },
});
