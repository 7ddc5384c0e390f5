import type { ReactiveControllerHost } from 'lit';
import type { ComplianceRecord } from '../../data/schemas/compliance.js';
import type { Region } from '../../geo/join.js';
import { firstPoint, nearestInDirection, type Direction, type Point } from '../../geo/spatial.js';

const ARROWS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

export type KeyResult = { move: number } | { select: number } | { clear: true } | undefined;

/**
 * What a key press on the map means: arrows move to the nearest region that way (the first
 * press starts at the top-left region), Enter or Space select the focused region, Escape
 * clears. Other keys are left to the page.
 */
export function mapKey(
  key: string,
  focused: number | undefined,
  points: readonly (Point | undefined)[],
): KeyResult {
  const dir = ARROWS[key];
  if (dir) {
    if (focused === undefined || !points[focused]) {
      const first = firstPoint(points);
      return first < 0 ? undefined : { move: first };
    }
    return { move: nearestInDirection(points, focused, dir) };
  }
  if ((key === 'Enter' || key === ' ') && focused !== undefined) return { select: focused };
  if (key === 'Escape') return { clear: true };
  return undefined;
}

/** The region index under a pointer event, from the `data-i` of the shape hit. */
export function regionAt(e: Event): number | undefined {
  const el = (e.composedPath()[0] as Element | undefined)?.closest?.('[data-i]');
  const i = el ? Number(el.getAttribute('data-i')) : NaN;
  return Number.isInteger(i) ? i : undefined;
}

/** The detail of a select event: the region's code, name and rating. */
export function selection(region: Region<ComplianceRecord> | undefined): {
  code?: string;
  name: string;
  record?: ComplianceRecord;
} {
  return region ? { code: region.code, name: region.name, record: region.record } : { name: '' };
}

export interface InteractionHooks {
  points: () => readonly (Point | undefined)[];
  /** Says a region (or the cleared selection) in the live region. */
  announce: (i: number | undefined, what: 'focus' | 'selected' | 'cleared') => void;
  /** A reader selected a region (undefined: cleared it). */
  onSelect: (i: number | undefined) => void;
}

/**
 * Pointer and keyboard state of the map: hovered, focused and selected region, the band
 * highlighted from the legend and the pointer position for the tooltip. Changes only
 * redraw the overlay layer.
 */
export class MapInteraction {
  hovered?: number;
  focused?: number;
  selected?: number;
  highlight?: string;
  pointer = { x: 0, y: 0 };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly hooks: InteractionHooks,
  ) {}

  /** Changes the state; the host redraws the overlay. */
  private set(change: Partial<Pick<MapInteraction, 'hovered' | 'focused' | 'selected' | 'highlight'>>): void {
    Object.assign(this, change);
    this.host.requestUpdate();
  }

  reset(): void {
    this.set({ hovered: undefined, focused: undefined, selected: undefined, highlight: undefined });
  }

  toggleBand = (id: string): void => this.set({ highlight: this.highlight === id ? undefined : id });

  onKey = (e: KeyboardEvent): void => {
    const result = mapKey(e.key, this.focused, this.hooks.points());
    if (!result) return;
    e.preventDefault();
    if ('move' in result) {
      this.set({ focused: result.move });
      this.hooks.announce(result.move, 'focus');
    } else if ('select' in result) this.select(result.select);
    else {
      this.set({ selected: undefined, highlight: undefined });
      this.hooks.announce(undefined, 'cleared');
      this.hooks.onSelect(undefined);
    }
  };

  onBlur = (): void => this.set({ focused: undefined });

  onPointer = (e: PointerEvent): void => {
    const box = (e.currentTarget as Element).getBoundingClientRect();
    this.pointer = { x: e.clientX - box.left, y: e.clientY - box.top };
    this.set({ hovered: regionAt(e) });
  };

  onLeave = (): void => this.set({ hovered: undefined });

  onClick = (e: MouseEvent): void => {
    const i = regionAt(e);
    if (i !== undefined) this.select(i);
  };

  // Selected before the host hears of it: drilling into the region resets the state.
  private select(i: number): void {
    this.set({ selected: i });
    this.hooks.announce(i, 'selected');
    this.hooks.onSelect(i);
  }
}
