import { expect } from '@open-wc/testing';
import { summarySentence } from '../../../src/elements/complaint-trend/trend-summary.js';

describe('the trend summary sentence', () => {
  it('says the change between the last two periods and the largest series, in Indonesian', () => {
    const s = summarySentence(
      {
        subject: 'Pengaduan',
        labels: ['2023', '2024'],
        totals: [8452, 10846],
        series: [
          { name: 'kepegawaian', last: 1353 },
          { name: 'agraria/pertanahan', last: 1865 },
        ],
      },
      'id',
    );
    expect(s).to.equal(
      'Pengaduan naik 28,3% dari 8.452 pada 2023 menjadi 10.846 pada 2024; terbanyak: agraria/pertanahan.',
    );
  });

  it('says a fall in English', () => {
    expect(
      summarySentence({ subject: 'Complaints', labels: ['2022', '2023'], totals: [200, 150] }, 'en'),
    ).to.equal('Complaints fell 25% from 200 in 2022 to 150 in 2023.');
  });

  it('skips a missing last period and compares the last two known ones', () => {
    expect(
      summarySentence({ subject: 'Complaints', labels: ['a', 'b', 'c'], totals: [10, 20, NaN] }, 'en'),
    ).to.equal('Complaints rose 100% from 10 in a to 20 in b.');
  });

  it('handles one period, a rise from zero and no data', () => {
    expect(summarySentence({ subject: 'Complaints', labels: ['2024'], totals: [5] }, 'en')).to.equal(
      'Complaints in 2024: 5.',
    );
    expect(summarySentence({ subject: 'Pengaduan', labels: ['a', 'b'], totals: [0, 5] }, 'id')).to.equal(
      'Pengaduan naik dari 0 pada a menjadi 5 pada b.',
    );
    expect(summarySentence({ subject: 'Pengaduan', labels: [], totals: [] }, 'id')).to.equal(
      'Belum ada data.',
    );
  });
});
