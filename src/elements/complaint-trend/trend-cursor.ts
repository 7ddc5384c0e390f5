import type { ReactiveControllerHost } from 'lit';
import { moveCursor, periodAt, type ChartCursor } from '../../charts/keyboard.js';
import { t } from './pantau-complaint-trend.messages.js';
import { valueText, type TrendModel } from './trend-model.js';
import type { TrendView } from './trend-geometry.js';

/**
 * Pointer and keyboard state of the plot: the hovered period, the keyboard cursor (period
 * and series) and the polite announcement of the focused value. Changing it re-renders only
 * the guide and tooltip; the plot layer is guarded.
 */
export class TrendCursorController {
  cursor: ChartCursor = { p: -1, s: 0 };
  hover = -1;
  focused = false;
  announcement = '';

  readonly #host: ReactiveControllerHost;
  readonly #model: () => TrendModel | undefined;
  readonly #view: () => TrendView | undefined;
  readonly #select: (p: number) => void;

  /**
   * What the cursor reads from its element comes as callbacks, so that no field of the element
   * is public for it: `model` and `view` give the current view model and geometry (undefined
   * before there is data or a size), `select` is called when a reader picks period `p` (click,
   * tap, Enter or Space).
   */
  constructor(
    host: ReactiveControllerHost,
    model: () => TrendModel | undefined,
    view: () => TrendView | undefined,
    select: (p: number) => void,
  ) {
    this.#host = host;
    this.#model = model;
    this.#view = view;
    this.#select = select;
  }

  /** The period the tooltip shows: hovered, else the keyboard's when the plot has focus. */
  get active(): number {
    return this.hover >= 0 ? this.hover : this.focused ? this.cursor.p : -1;
  }

  /** Forgets a cursor beyond the end of new data. */
  clamp(periods: number): void {
    if (this.cursor.p >= periods) this.cursor = { p: -1, s: 0 };
  }

  #set(
    patch: Partial<Pick<TrendCursorController, 'hover' | 'focused' | 'announcement'>> & {
      cursor?: ChartCursor;
    },
  ) {
    Object.assign(this, patch);
    this.#host.requestUpdate();
  }

  onFocus = (): void => {
    this.#set({ focused: true });
    if (this.cursor.p < 0) this.#move('End');
  };

  onBlur = (): void => this.#set({ focused: false });

  onKeydown = (e: KeyboardEvent): void => {
    if ((e.key === 'Enter' || e.key === ' ') && this.cursor.p >= 0) this.#select(this.cursor.p);
    else if (this.#move(e.key)) this.hover = -1;
    else return;
    e.preventDefault();
  };

  /** Moves the keyboard cursor for a key and announces the value there; false for other keys. */
  #move(key: string): boolean {
    const m = this.#model();
    const next = m && moveCursor(key, this.cursor, m.table.periods.length, m.visible);
    if (!next) return false;
    const v = m.table.values[next.s]?.[next.p];
    // A dash is silent or read as "minus": a missing value is said in words.
    const value = v === undefined || v !== v ? t(m.lang, 'missing') : valueText(v, m.lang);
    const text = t(m.lang, 'announce', { period: m.label(next.p), series: m.names[next.s] ?? '', value });
    const notes = this.#view()?.notesAt.get(next.p);
    this.#set({
      cursor: next,
      announcement: notes ? t(m.lang, 'announceAnnotation', { text, note: notes.join('; ') }) : text,
    });
    return true;
  }

  #periodOf(e: MouseEvent): number {
    const l = this.#view()?.layout;
    const m = this.#model();
    if (!l || !m) return -1;
    const box = (e.currentTarget as HTMLElement).getBoundingClientRect();
    return periodAt(e.clientX - box.left, l.left, l.right, l.step, m.table.periods.length);
  }

  onPointerMove = (e: PointerEvent): void => {
    const p = this.#periodOf(e);
    if (p !== this.hover) this.#set({ hover: p });
  };

  onPointerLeave = (): void => this.#set({ hover: -1 });

  onClick = (e: MouseEvent): void => {
    const p = this.#periodOf(e);
    if (p < 0) return;
    this.cursor = { ...this.cursor, p };
    this.#select(p);
  };
}
