import { defineMessages } from '../../i18n/messages.js';

export const t = defineMessages({
  id: {
    up: 'naik',
    down: 'turun',
    same: 'tetap',
    at: 'pada {period}',
    from: 'dari {previous}',
    fromAt: 'dari {previous} pada {period}',
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
    better: 'better',
    worse: 'worse',
  },
});
