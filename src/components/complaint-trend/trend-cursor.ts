import { formatNumber } from '../../i18n/format.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { moveCursor, periodAt, type ChartCursor } from '../../charts/keyboard.js';
import { t } from './complaint-trend.messages.js';
import type { TrendModel } from './trend-model.js';
import type { TrendView } from './trend-view.js';

interface CursorHost extends ReactiveControllerHost {
  readonly trendModel?: TrendModel;
  readonly trendView?: TrendView;
  selectPeriod(p: number): void;
}

/**
 * Pointer and keyboard state of the plot: the hovered period, the keyboard cursor (period
 * and series) and the polite announcement of the focused value. Changing it re-renders only
 * the guide and tooltip; the plot layer is guarded.
 */
export class TrendCursorController implements ReactiveController {
  cursor: ChartCursor = { p: -1, s: 0 };
  hover = -1;
  focused = false;
  announcement = '';

  constructor(private readonly host: CursorHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The period the tooltip shows: hovered, else the keyboard's when the plot has focus. */
  get active(): number {
    return this.hover >= 0 ? this.hover : this.focused ? this.cursor.p : -1;
  }

  /** Forgets a cursor beyond the end of new data. */
  clamp(periods: number): void {
    if (this.cursor.p >= periods) this.cursor = { p: -1, s: 0 };
  }

  private set(
    patch: Partial<Pick<TrendCursorController, 'hover' | 'focused' | 'announcement'>> & {
      cursor?: ChartCursor;
    },
  ) {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }

  onFocus = (): void => {
    const m = this.host.trendModel;
    this.set({ focused: true });
    if (m && this.cursor.p < 0)
      this.moveTo(moveCursor('End', this.cursor, m.table.periods.length, m.visible));
  };

  onBlur = (): void => this.set({ focused: false });

  onKeydown = (e: KeyboardEvent): void => {
    const m = this.host.trendModel;
    if (!m) return;
    if ((e.key === 'Enter' || e.key === ' ') && this.cursor.p >= 0) {
      e.preventDefault();
      this.host.selectPeriod(this.cursor.p);
      return;
    }
    const next = moveCursor(e.key, this.cursor, m.table.periods.length, m.visible);
    if (!next) return;
    e.preventDefault();
    this.hover = -1;
    this.moveTo(next);
  };

  private moveTo(next: ChartCursor | undefined): void {
    const m = this.host.trendModel;
    if (!next || !m) return;
    const v = m.table.values[next.s]?.[next.p];
    const value = v === v && v !== undefined ? formatNumber(v, m.lang) : '–';
    const text = t(m.lang, 'announce', { period: m.label(next.p), series: m.names[next.s] ?? '', value });
    const notes = this.host.trendView?.notesAt.get(next.p);
    this.set({
      cursor: next,
      announcement: notes ? t(m.lang, 'announceAnnotation', { text, note: notes.join('; ') }) : text,
    });
  }

  private periodOf(e: MouseEvent): number {
    const l = this.host.trendView?.layout;
    const m = this.host.trendModel;
    if (!l || !m) return -1;
    const box = (e.currentTarget as HTMLElement).getBoundingClientRect();
    return periodAt(e.clientX - box.left, l.left, l.right, l.step, m.table.periods.length);
  }

  onPointerMove = (e: PointerEvent): void => {
    const p = this.periodOf(e);
    if (p !== this.hover) this.set({ hover: p });
  };

  onPointerLeave = (): void => this.set({ hover: -1 });

  onClick = (e: MouseEvent): void => {
    const p = this.periodOf(e);
    if (p < 0) return;
    this.cursor = { ...this.cursor, p };
    this.host.selectPeriod(p);
  };
}
