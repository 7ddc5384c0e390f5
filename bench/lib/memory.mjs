// Memory section: the JS heap after each render case (taken on the last measured page of the
// render section, or here when that section is not run), and the heap before and after 1,000
// mount/unmount cycles of each pantau element (growth is a leak).
import { ELEMENTS } from '../harness/elements.js';
import { Pages, heapAfterGc } from './browser.mjs';
import { RENDER_CASES, runRender } from './render.mjs';

async function cycles(pages, origin, element, n, quick, log) {
  // Enough warm-up cycles that one-time costs (compiled code, caches) are paid before the first heap reading.
  const warm = quick ? 20 : 100;
  try {
    return await pages.run(240000, `${element} cycles`, async (page, { cdp: session, settle }) => {
      await page.goto(`${origin}/cycles.html?el=${element}`, { waitUntil: 'load' });
      await page.waitForFunction(() => window.__cycles !== undefined, null, { timeout: 30000 });
      await page.evaluate(() => window.__cycles.setup());
      const cdp = await session();
      await settle();
      await page.evaluate((k) => window.__cycles.run(k), warm);
      const before = await heapAfterGc(cdp);
      const r = await page.evaluate((k) => window.__cycles.run(k), n);
      const after = await heapAfterGc(cdp);
      return { element, status: 'ok', cycles: n, before, after, msPerCycle: r.ms / n, undrawn: r.undrawn };
    });
  } catch (e) {
    const status = e.name === 'Timeout' ? 'timeout' : 'error';
    log(`  ${element}: ${status}: ${e.message.split('\n')[0]}`);
    return { element, status, cycles: n, error: e.message.split('\n')[0].slice(0, 300) };
  }
}

export async function runMemory(browser, origin, { render, quick, log }) {
  let heaps = render?.filter((r) => r.heapAfter !== undefined);
  if (!heaps?.length) {
    const measured = await runRender(browser, origin, {
      cases: RENDER_CASES,
      warmups: 0,
      reps: 1,
      deadline: 30000,
      heap: true,
      log: () => {},
    });
    heaps = measured;
  }
  const out = {
    render: heaps.map((r) => ({
      case: r.case,
      peer: r.peer,
      status: r.status,
      heapBefore: r.heapBefore,
      heapAfter: r.heapAfter,
    })),
    cycles: [],
  };
  const n = quick ? 200 : 1000;
  const pages = new Pages(browser);
  for (const element of ELEMENTS) {
    const c = await cycles(pages, origin, element, n, quick, log);
    if (c.status === 'ok')
      log(
        `  ${element}: ${n} cycles, heap ${(c.before / 1048576).toFixed(2)} → ${(c.after / 1048576).toFixed(2)} MB, ${c.msPerCycle.toFixed(1)} ms per cycle${c.undrawn ? `, ${c.undrawn} not drawn` : ''}`,
      );
    out.cycles.push(c);
  }
  await pages.reset();
  return out;
}
