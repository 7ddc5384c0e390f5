import { defineMessages } from '../../i18n/messages.js';

export const t = defineMessages({
  up: ['naik', 'up'],
  down: ['turun', 'down'],
  same: ['tetap', 'unchanged'],
  at: ['pada {period}', 'in {period}'],
  from: ['dari {previous}', 'from {previous}'],
  fromAt: ['dari {previous} pada {period}', 'from {previous} in {period}'],
  better: ['lebih baik', 'better'],
  worse: ['lebih buruk', 'worse'],
});
