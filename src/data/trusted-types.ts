/**
 * pantau's Trusted Types policy. A page that sets `require-trusted-types-for 'script'` lets no
 * plain string reach the browser's injection sinks. pantau hands them three, none of which runs
 * data as code:
 * - the data worker's URL (a script URL): the one pantau built next to itself, or the one the
 *   page gave `setWorkerUrl`;
 * - Open311 XML for `DOMParser` (HTML): parsed into an inert XML document that is only read;
 * - JSON-LD for a `<script type="application/ld+json">` (script): a data block that is never run,
 *   with `<` escaped so it cannot end the element.
 *
 * The policy is named `pantau` (a page that lists allowed policies adds it next to Lit's
 * `lit-html`), made on first use and kept inside pantau (no entry point exports it), so no
 * other script can pass strings through it. Where the page does not allow the name, the string goes on as it is: a sink that
 * enforces Trusted Types then throws a TypeError, and each caller takes its own way out.
 */

interface Policy {
  createHTML(s: string): unknown;
  createScript(s: string): unknown;
  createScriptURL(s: string): unknown;
}

let policy: Policy | null | undefined;

const same = (s: string) => s;

/** `value` as a trusted value of `kind` where the browser has Trusted Types and allows `pantau`. */
export function trusted<T extends string>(kind: keyof Policy, value: T): T {
  if (policy === undefined) {
    const factory = (globalThis as { trustedTypes?: { createPolicy(n: string, p: Policy): Policy } })
      .trustedTypes;
    try {
      policy =
        factory?.createPolicy('pantau', { createHTML: same, createScript: same, createScriptURL: same }) ??
        null;
    } catch {
      // The page's `trusted-types` directive does not list `pantau`.
      policy = null;
    }
  }
  // A trusted value is accepted wherever its kind of string is.
  return policy ? (policy[kind](value) as T) : value;
}
