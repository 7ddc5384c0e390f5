// The page of `npm run bench:xml`: loads an Open311 XML with pantau's data client, and parses
// the same text with DOMParser (what pantau did before), timing each and its longest task.
import { load } from '../../src/data/load.js';
import '../../src/data/formats/open311/index.js';

interface Run {
  ms: number;
  /** Longest main-thread task the longtask observer saw (0: none over 50 ms). */
  longestTask: number;
  rows: number;
}

async function timed(work: () => Promise<number>): Promise<Run> {
  let longestTask = 0;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longestTask = Math.max(longestTask, e.duration);
  });
  observer.observe({ type: 'longtask' });
  const t0 = performance.now();
  const rows = await work();
  const ms = performance.now() - t0;
  await new Promise((r) => setTimeout(r, 200)); // longtask entries arrive after the task
  observer.disconnect();
  return { ms, longestTask, rows };
}

declare global {
  interface Window {
    benchXml(url: string, how: 'pantau' | 'dom'): Promise<Run>;
  }
}

window.benchXml = (url, how) =>
  how === 'pantau'
    ? timed(
        async () =>
          ((await load(url, { format: 'open311-xml', deadline: 600_000 })).data as unknown[]).length,
      )
    : timed(async () => {
        const text = await (await fetch(url)).text();
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        return [...doc.documentElement.children].map((item) =>
          Object.fromEntries([...item.children].map((f) => [f.localName, f.textContent?.trim()])),
        ).length;
      });
