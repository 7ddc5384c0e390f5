/**
 * Whether two lists of inputs hold the same values, compared as Lit compares properties
 * (`Object.is`: `NaN` is itself), element by element.
 */
export function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
}

/**
 * A value derived from inputs, computed again only when an input changed: the one way pantau's
 * elements and controllers keep derived state (in the spirit of Lit's `Task` args and `guard`).
 * Inputs are compared by identity; an input rebuilt on every read (an options object) is
 * compared through `key`, which turns the inputs into the list that is compared instead.
 *
 * @example
 * readonly #view = new Derived((model: Model, width: number) => layout(model, width));
 * willUpdate() { this.view = this.#view.get(this.model, this.size.width); }
 */
export class Derived<A extends readonly unknown[], R> {
  #key?: readonly unknown[];
  #value?: R;

  constructor(
    private readonly compute: (...args: A) => R,
    private readonly key: (...args: A) => readonly unknown[] = (...args) => args,
  ) {}

  /** The value for these inputs: the last one when they are the same, else computed now. */
  get(...args: A): R {
    const key = this.key(...args);
    if (!this.#key || !sameInputs(key, this.#key)) {
      // Kept only once computed: a compute that throws is tried again by the next `get`.
      this.#value = this.compute(...args);
      this.#key = key;
    }
    return this.#value as R;
  }

  /** The last value computed, if any (without computing). */
  get value(): R | undefined {
    return this.#value;
  }

  /** Forgets the inputs: the next `get` computes, even for the same ones. */
  reset(): void {
    this.#key = undefined;
  }
}
