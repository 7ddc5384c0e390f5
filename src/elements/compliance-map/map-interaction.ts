import type { ReactiveControllerHost } from 'lit';
import { firstPoint, nearestInDirection, type Direction, type Point } from '../../geo/spatial.js';

const ARROWS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/** The region index under a pointer event, from the `data-i` of the shape hit. */
export function regionAt(e: Event): number | undefined {
  const el = (e.composedPath()[0] as Element | undefined)?.closest?.('[data-i]');
  const i = el ? Number(el.getAttribute('data-i')) : NaN;
  return Number.isInteger(i) ? i : undefined;
}

export interface InteractionHooks {
  points: () => readonly (Point | undefined)[];
  /** Says a region (or the cleared selection) in the live region. */
  announce: (i: number | undefined, what: 'focus' | 'selected' | 'cleared') => void;
  /** A reader selected a region (undefined: cleared it). */
  onSelect: (i: number | undefined) => void;
  /** Escape was pressed on the map (after clearing): leaves a drilled-into region. */
  onEscape?: () => void;
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

  /**
   * Arrows move to the nearest region that way (the first press starts at the top-left
   * region), Enter or Space select the focused region, Escape clears (and leaves a
   * drilled-into region). Other keys are left
   * to the page.
   */
  onKey = (e: KeyboardEvent): void => {
    const { key } = e;
    const focused = this.focused;
    const points = this.hooks.points();
    const dir = ARROWS[key];
    if (dir) {
      const next =
        focused !== undefined && points[focused]
          ? nearestInDirection(points, focused, dir)
          : firstPoint(points);
      if (next < 0) return;
      this.set({ focused: next });
      this.hooks.announce(next, 'focus');
    } else if ((key === 'Enter' || key === ' ') && focused !== undefined) this.select(focused);
    else if (key === 'Escape') {
      this.set({ highlight: undefined });
      this.select(undefined);
      this.hooks.onEscape?.();
    } else return;
    e.preventDefault();
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

  // Selected (or cleared) before the host hears of it: drilling into the region resets the state.
  private select(i: number | undefined): void {
    this.set({ selected: i });
    this.hooks.announce(i, i === undefined ? 'cleared' : 'selected');
    this.hooks.onSelect(i);
  }
}
