import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PantauErrorEvent } from '../../events/error.js';
import { derive } from './derive.js';
import { isWaiting } from './lazy-controller.js';
import type { AggregatePlan } from '../../data/aggregate/plan.js';
import { isAbort, unexpected } from '../../data/errors.js';
import { load, type LoadOptions } from '../../data/load.js';
import { normalizeValue, parseText, withFormats } from '../../data/registry.js';
import { DEFAULT_INLINE, resolveSource, type DataSource, type ResolvedSource } from '../../data/source.js';
import type {
  DataErrorInfo,
  DataNote,
  DataProgress,
  DataStatus,
  RowIssue,
  SourceFormat,
  Validated,
} from '../../data/types.js';

export type { DataSource, ResolvedSource } from '../../data/source.js';

export interface DataControllerOptions<T> {
  /** The element's sources; read on every host update, a change reloads. */
  source: () => DataSource;
  /** Turns loaded input into the element's value; throws DataError 'shape' | 'no-rows' when unusable. */
  validate: (input: unknown, format: SourceFormat) => Validated<T>;
  /** Selector for inline child data, or false to ignore children. */
  inline?: string | false;
  /** Normalise tables (CSV, JSON arrays, Open311, CKAN) to arrays of row objects before `validate` (default true). */
  records?: boolean;
  /** For CSV sources: count into a period table instead of returning rows (large files in a worker). */
  aggregate?: (source: ResolvedSource) => AggregatePlan | undefined;
  /** Network options (timeouts, retries, cache, size cap) for `src`. */
  load?: LoadOptions;
  /** What else `validate` reads (a stated `number-locale`, the page language): a change validates the data again. */
  readKey?: () => unknown;
}

type Host = ReactiveControllerHost & HTMLElement;
/** The fields that tell one resolved source from another (each kind has some of them). */
type SourceFields = Partial<Record<'data' | 'text' | 'src' | 'format', unknown>>;

const busy = new WeakMap<Host, Set<object>>();

/**
 * The one writer of an element's `aria-busy`: marks one part of the host's work (a loader, a
 * model being built) as pending or done, the host busy while any part is pending.
 */
export function setBusy(host: Host, part: object, pending: boolean): void {
  const set = busy.get(host) ?? new Set();
  busy.set(host, set);
  if (pending) set.add(part);
  else set.delete(part);
  if (set.size) host.setAttribute('aria-busy', 'true');
  else host.removeAttribute('aria-busy');
}

/**
 * Gives an element its data from `.data`, inline child data or `src`, with the state the
 * element renders (pending, complete, error, stale), the rows left out, and progress.
 */
export class DataController<T> implements ReactiveController {
  readonly status: DataStatus = 'idle';
  readonly value?: T;
  readonly error?: DataErrorInfo;
  readonly issues: RowIssue[] = [];
  /** Readings `validate` chose without the data settling them. */
  readonly notes: DataNote[] = [];
  readonly progress?: DataProgress;
  readonly updatedAt?: Date;
  /** Rows read from the source (usable plus rejected). */
  readonly rowCount: number = 0;
  /** Set when a row cap cut the source short. */
  readonly truncated?: { total: number; kept: number };

  readonly #host: Host;
  readonly #options: DataControllerOptions<T>;
  #current?: ResolvedSource;
  #attemptedAt = 0;
  /**
   * Loads when the source or its plan changed. A source is compared by its data, text, URL and
   * format (its kind follows from which are set; its `refresh` is read when the next refresh
   * is planned); the plan and what `validate` reads are rebuilt on every update, so they are
   * compared by value.
   */
  readonly #load = derive(
    (source: ResolvedSource & SourceFields, _plan: string) => {
      this.#current = source;
      this.#start('source');
    },
    ({ data, text, src, format }, plan) => [data, text, src, format, plan],
  );
  #abort?: AbortController;
  #generation = 0;
  #observer?: MutationObserver;
  #timer?: ReturnType<typeof setTimeout>;
  readonly #onVisible = () => !document.hidden && this.#schedule();

  constructor(host: Host, options: DataControllerOptions<T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#options.inline !== false) {
      this.#observer = new MutationObserver(() => this.#host.requestUpdate());
      this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true });
    }
    document.addEventListener('visibilitychange', this.#onVisible);
    // A load cut short by leaving the page starts again on return (updates while away have
    // brought the source up to date).
    if (this.status === 'pending' && !isWaiting(this.#host)) this.#start('source');
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    document.removeEventListener('visibilitychange', this.#onVisible);
    clearTimeout(this.#timer);
    this.#abort?.abort();
  }

  /**
   * Starts loading when the host's source changed since the last call. Runs before every
   * update's render; an element that derives from this controller's state in `willUpdate`
   * calls it there first (the second call in the same update finds nothing new).
   */
  hostUpdate(): void {
    // `loading="lazy"` off-screen: the loading state holds the element's place, nothing is read,
    // and the host is not busy (it may never be scrolled to). Coming near updates the host.
    if (isWaiting(this.#host)) return void Object.assign(this, { status: 'pending' });
    const next = resolveSource(this.#host, this.#options.source(), this.#options.inline ?? DEFAULT_INLINE);
    // A new aggregation plan (another period or field) needs the source read again.
    this.#load(next, JSON.stringify([this.#options.aggregate?.(next), this.#options.readKey?.()]));
  }

  /** Loads the current source again, bypassing the cache (the "Retry" button). */
  retry(): void {
    this.#start('retry');
  }

  #start(reason: 'source' | 'retry' | 'refresh'): void {
    const source = this.#current;
    this.#abort?.abort();
    clearTimeout(this.#timer);
    const generation = ++this.#generation;
    if (!source || source.kind === 'none')
      return this.#settle({
        status: 'idle',
        value: undefined,
        error: undefined,
        issues: [],
        notes: [],
        rowCount: 0,
      });
    if (source.kind !== 'src') return this.#finish(generation, () => withFormats(() => this.#sync(source)));
    this.#attemptedAt = Date.now();
    const abort = (this.#abort = new AbortController());
    if (reason === 'source' || this.value === undefined)
      this.#settle({ status: 'pending', value: undefined, error: undefined, progress: undefined });
    // The element's own budget, when it sets one (seconds, as `refresh`).
    const { deadline, maxRequests } = this.#options.source();
    const options: LoadOptions = {
      ...this.#options.load,
      ...(deadline && deadline > 0 && { deadline: deadline * 1000 }),
      ...(maxRequests && maxRequests > 0 && { maxRequests: Math.floor(maxRequests) }),
      format: source.format,
      records: this.#options.records,
      aggregate: this.#options.aggregate?.(source),
      revalidate: reason !== 'source',
      signal: abort.signal,
      onProgress: (progress) => generation === this.#generation && this.#settle({ progress }),
    };
    this.#finish(generation, async () => {
      const r = await load(source.src, options);
      return { ...this.#options.validate(r.data, r.format), updatedAt: r.fetchedAt, truncated: r.truncated };
    });
  }

  #sync(source: Extract<ResolvedSource, { kind: 'data' | 'inline' }>): Validated<T> {
    const o = { records: this.#options.records, aggregate: this.#options.aggregate?.(source) };
    const parsed =
      source.kind === 'inline' || typeof source.data === 'string'
        ? parseText(source.kind === 'inline' ? source.text : (source.data as string), source.format, o)
        : normalizeValue(source.data, source.format, o);
    return this.#options.validate(parsed.data, parsed.format);
  }

  /**
   * Settles a read: at once when it is synchronous (`.data` and inline text), so the update that
   * set the data already renders it instead of a "no data" frame first; else when it resolves.
   */
  #finish(
    generation: number,
    run: () =>
      | Validated<T>
      | Promise<Validated<T> & { updatedAt?: Date; truncated?: { total: number; kept: number } }>,
  ): void {
    let r: ReturnType<typeof run>;
    try {
      r = run();
    } catch (e) {
      return this.#failed(generation, e);
    }
    if (r instanceof Promise)
      r.then(
        (v) => this.#done(generation, v),
        (e: unknown) => this.#failed(generation, e),
      );
    else this.#done(generation, r);
  }

  #done(
    generation: number,
    r: Validated<T> & { updatedAt?: Date; truncated?: { total: number; kept: number } },
  ): void {
    if (generation !== this.#generation) return;
    this.#settle({
      status: 'complete',
      value: r.value,
      issues: r.issues,
      notes: r.notes ?? [],
      rowCount: r.rowCount,
      error: undefined,
      progress: undefined,
      updatedAt: r.updatedAt ?? new Date(),
      truncated: r.truncated,
    });
    this.#schedule();
  }

  #failed(generation: number, e: unknown): void {
    if (generation !== this.#generation || isAbort(e)) return;
    const error = unexpected(e).info;
    // Keep showing the last good data when a reload fails.
    this.#settle({
      status: this.value !== undefined ? 'stale' : 'error',
      error,
      issues: error.issues ?? this.issues,
      progress: undefined,
    });
    queueMicrotask(() => this.#host.dispatchEvent(new PantauErrorEvent(error)));
    this.#schedule();
  }

  #settle(
    patch: Partial<
      Pick<
        DataController<T>,
        | 'status'
        | 'value'
        | 'error'
        | 'issues'
        | 'notes'
        | 'progress'
        | 'updatedAt'
        | 'rowCount'
        | 'truncated'
      >
    >,
  ): void {
    Object.assign(this, patch);
    setBusy(this.#host, this, this.status === 'pending');
    this.#host.requestUpdate();
  }

  /** Plans the next refresh of a `src`; a hidden tab waits until it is shown again. */
  #schedule(): void {
    clearTimeout(this.#timer);
    const s = this.#current;
    if (s?.kind !== 'src' || !s.refresh || !this.#host.isConnected || this.status === 'pending') return;
    // Due `refresh` seconds after the last attempt.
    this.#timer = setTimeout(
      () => document.hidden || this.#start('refresh'),
      Math.max(0, this.#attemptedAt + s.refresh * 1000 - Date.now()),
    );
  }
}
