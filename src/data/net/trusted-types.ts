/**
 * pantau's Trusted Types policy. A page that sets `require-trusted-types-for 'script'` lets no
 * plain string reach the browser's injection sinks. pantau hands them two, neither of which runs
 * data as code (Open311 XML is read without a DOM, so it needs none):
 * - the data worker's URL (a script URL): the one pantau built next to itself, or the one the
 *   page gave `setWorkerUrl`;
 * - JSON-LD for a `<script type="application/ld+json">` (script): a data block that is never run,
 *   with `<` escaped so it cannot end the element.
 *
 * The policy is named `pantau` (a page that lists allowed policies adds it next to Lit's
 * `lit-html`), made on the first use of a sink (never at load, so a page that never needs one
 * hears nothing of it) and kept inside pantau (no entry point exports it), so no other script
 * can pass strings through it. Where the page does not allow the name, the browser reports that
 * refusal once, and `trusted` throws from then on without touching a sink: a plain string at an
 * enforcing sink would file a second report for every use. Each caller takes its own way out.
 */

interface Policy {
  createScript(s: string): unknown;
  createScriptURL(s: string): unknown;
}

/** The policy; `false` where the browser has no Trusted Types; `null` where the page refused it. */
let policy: Policy | null | false | undefined;

const same = (s: string) => s;

/** Thrown by `trusted` where the page refuses the `pantau` policy. */
export class PolicyRefused extends Error {
  constructor() {
    super('This page enforces Trusted Types and does not allow the policy "pantau".');
    this.name = 'PolicyRefused';
  }
}

/**
 * `value` as a trusted value of `kind` where the browser has Trusted Types and allows
 * `pantau`; as it is where the browser has no Trusted Types; `PolicyRefused` where the page
 * refused the policy.
 */
export function trusted<T extends string>(kind: keyof Policy, value: T): T {
  if (policy === undefined) {
    const factory = (globalThis as { trustedTypes?: { createPolicy(n: string, p: Policy): Policy } })
      .trustedTypes;
    try {
      policy = factory
        ? factory.createPolicy('pantau', { createScript: same, createScriptURL: same })
        : false;
    } catch {
      // The page's `trusted-types` directive does not list `pantau`.
      policy = null;
    }
  }
  if (policy === null) throw new PolicyRefused();
  // A trusted value is accepted wherever its kind of string is.
  return policy ? (policy[kind](value) as T) : value;
}
