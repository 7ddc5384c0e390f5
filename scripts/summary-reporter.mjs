// Prints one line on what ran (tests, files, groups, time), then the plain closing line CI reads:
// "N passed, N failed, N skipped". Also keeps the deliberate 404s of the fault tests out of the log while
// their file passes: those tests ask for missing files on purpose, and a "🚧 404 network
// requests" block after them reads like a failure. Listed first in the config's reporters, so
// it filters before the default reporter prints.

import { relative } from 'node:path';

/**
 * URLs the tests request to get a 404 on purpose: the test server's own routes (`/__faults/…`,
 * `/__complaint-trend/fail-once`, …: test/server/*.mjs, which answer only what a test asks for)
 * and files named to be absent (`no-such-*`, `nope.*`, `missing.*`).
 */
const DELIBERATE_404 = [/^\/?__[\w-]+\//, /(^|\/)(no-such-[^/?]*|nope\.[^/?]*|missing\.[^/?]*)(\?|$)/];
const deliberate = (url) => DELIBERATE_404.some((re) => re.test(url));

/** Milliseconds spent in a file's tests (hooks and page load excluded). */
function duration(results) {
  if (!results) return 0;
  let ms = 0;
  for (const t of results.tests ?? []) ms += t.duration ?? 0;
  for (const s of results.suites ?? []) ms += duration(s);
  return ms;
}

function count(results, totals) {
  if (!results) return;
  for (const t of results.tests ?? []) {
    if (t.skipped) totals.skipped += 1;
    else if (t.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const s of results.suites ?? []) count(s, totals);
}

export function summaryReporter() {
  const started = Date.now();
  return {
    reportTestFileResults({ sessionsForTestFile }) {
      for (const s of sessionsForTestFile)
        if (s.passed && s.request404s?.length) s.request404s = s.request404s.filter((u) => !deliberate(u));
    },
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const s of sessions) {
        count(s.testResults, totals);
        // A file that failed to load or threw outside a test counts as a failure.
        if (!s.passed && (s.errors?.length ?? 0) > 0) totals.failed += s.errors.length;
      }
      const files = new Set(sessions.map((s) => s.testFile)).size;
      const groups = [...new Set(sessions.map((s) => s.group?.name ?? 'default'))];
      this.totals = { ...totals, files, groups, runs: sessions.length };
      // PANTAU_SLOWEST=10 lists the files whose tests take longest: measure before speeding up.
      const slowest = Number(process.env.PANTAU_SLOWEST ?? 0);
      if (slowest > 0)
        this.slowest = sessions
          .map((s) => [
            `${relative(process.cwd(), s.testFile)} (${s.group?.name ?? 'default'})`,
            duration(s.testResults),
          ])
          .sort((a, b) => b[1] - a[1])
          .slice(0, slowest);
    },
    start() {
      // Printed at exit so it stays the last line, after the default reporter's final output.
      process.once('exit', () => {
        const t = this.totals ?? { passed: 0, failed: 0, skipped: 0, files: 0, groups: [], runs: 0 };
        const secs = Math.round((Date.now() - started) / 1000);
        const tests = t.passed + t.failed + t.skipped;
        const groups = `${t.groups.length} group${t.groups.length === 1 ? '' : 's'} (${t.groups.join(', ')})`;
        for (const [file, ms] of this.slowest ?? [])
          process.stdout.write(`${(ms / 1000).toFixed(1)} s  ${file}\n`);
        // What ran, then the closing line CI reads, unchanged and last.
        process.stdout.write(
          `\nran ${tests} tests in ${t.files} files, ${t.runs} runs in ${groups}, ${secs} s\n`,
        );
        process.stdout.write(`${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped\n`);
      });
    },
  };
}
