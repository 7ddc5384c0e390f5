import type { SourceFormat } from './types.js';

export interface DataSource {
  src?: string | null;
  format?: SourceFormat | null;
  data?: unknown;
  /** Reload a `src` every this many seconds (paused while the tab is hidden). */
  refresh?: number | null;
  /** Longest one load of `src` may take, in seconds (default: the page's, 30). */
  deadline?: number | null;
  /** Most requests one load of `src` may make: pages, 90-day windows, retries (default: the page's, 100). */
  maxRequests?: number | null;
}

/** Which of an element's sources wins: `.data`, else inline child data, else `src`, else none. */
export type ResolvedSource =
  | { kind: 'data'; data: unknown; format: SourceFormat }
  | { kind: 'inline'; text: string; format: SourceFormat }
  | { kind: 'src'; src: string; format: SourceFormat; refresh: number }
  | { kind: 'none' };

// A child marked `data-pantau` holds an option (annotations, thresholds), not the data.
export const DEFAULT_INLINE =
  ':scope > script[type="application/json"]:not([data-pantau]), :scope > script[type="text/csv"]:not([data-pantau])';

/**
 * Reads the winning source. Inline data is taken as text (`textContent`) and parsed, never
 * executed, so it needs no script permission under a strict CSP.
 */
export function resolveSource(host: Element, s: DataSource, inline: string | false): ResolvedSource {
  const format = s.format ?? 'auto';
  if (s.data !== undefined && s.data !== null) return { kind: 'data', data: s.data, format };
  if (inline !== false) {
    const script = host.querySelector(inline);
    if (script) {
      const type = (script.getAttribute('type') ?? '').toLowerCase();
      return {
        kind: 'inline',
        text: script.textContent ?? '',
        format: format !== 'auto' ? format : type === 'text/csv' ? 'csv' : 'json',
      };
    }
  }
  const src = s.src?.trim();
  if (src) return { kind: 'src', src, format, refresh: s.refresh && s.refresh > 0 ? s.refresh : 0 };
  return { kind: 'none' };
}
