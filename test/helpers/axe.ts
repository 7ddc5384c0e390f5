import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';

declare global {
  interface Window {
    axe: { run(context: Element, options?: RunOptions): Promise<AxeResults> };
  }
}

/**
 * Runs axe-core on an element (its shadow DOM included) and fails on any violation, listing
 * each rule, its impact and the offending markup so the failure can be fixed from the log.
 */
export async function expectNoAxeViolations(el: Element, options: RunOptions = {}): Promise<void> {
  const results = await window.axe.run(el, { resultTypes: ['violations'], ...options });
  if (results.violations.length === 0) return;
  const report = results.violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n` +
        v.nodes
          .map((n) => `    ${n.target.join(' ')} ${n.html.slice(0, 160)}\n      ${n.failureSummary ?? ''}`)
          .join('\n'),
    )
    .join('\n');
  throw new Error(`axe found ${results.violations.length} violation(s):\n${report}`);
}
