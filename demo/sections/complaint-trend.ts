// The complaint trend section: the Ombudsman's yearly totals (filtered from the long CSV by
// attributes alone), the 2024 subjects, and real Open311 requests counted per day by service.
import '../../src/elements/complaint-trend/pantau-complaint-trend.js';

const totals = document.querySelector<HTMLElement & { annotations: unknown }>('#trend-totals');
if (totals) {
  totals.annotations = [
    { date: '2024', label: 'Termasuk IAP/RCO' },
    { date: '2021', label: '2020 tidak tercatat' },
  ];
}

const picked = document.querySelector<HTMLOutputElement>('#trend-picked');
document.querySelector<HTMLElement>('#complaint-trend')?.addEventListener('pantau-period-select', (e) => {
  const { label, values } = e.detail;
  const sum = Object.values(values).reduce<number>((a, v) => a + (v ?? 0), 0);
  if (picked) picked.value = `${label}: ${sum.toLocaleString(document.documentElement.lang)}`;
});
