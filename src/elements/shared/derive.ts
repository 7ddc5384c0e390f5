/**
 * A value derived from inputs, computed again only when an input changed: the one way pantau's
 * elements and controllers keep derived state (in the spirit of Lit's `Task` args and `guard`).
 * Inputs are compared by identity (`===`); an input rebuilt on every read (an options object) is
 * compared through `key`, which turns the inputs into the list compared instead. A compute
 * that throws is tried again by the next call.
 *
 * @example
 * readonly #view = derive((model: Model, width: number) => layout(model, width));
 * willUpdate() { this.view = this.#view(this.model, this.size.width); }
 */
export function derive<A extends readonly unknown[], R>(
  compute: (...args: A) => R,
  key: (...args: A) => readonly unknown[] = (...args) => args,
): (...args: A) => R {
  let last: readonly unknown[] | undefined;
  let value: R;
  return (...args: A): R => {
    const next = key(...args);
    // Compared as Lit's `guard` compares its dependencies: by `===`.
    if (!(last?.length === next.length && next.every((v, i) => v === last![i]))) {
      value = compute(...args);
      last = next;
    }
    return value;
  };
}
