// Prints the plain closing line CI reads: "N passed, N failed, N skipped".
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
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const s of sessions) {
        count(s.testResults, totals);
        // A file that failed to load or threw outside a test counts as a failure.
        if (!s.passed && (s.errors?.length ?? 0) > 0) totals.failed += s.errors.length;
      }
      this.totals = totals;
    },
    start() {
      // Printed at exit so it stays the last line, after the default reporter's final output.
      process.once('exit', () => {
        const t = this.totals ?? { passed: 0, failed: 0, skipped: 0 };
        process.stdout.write(`\n${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped\n`);
      });
    },
  };
}
