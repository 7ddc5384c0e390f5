import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { DataNote, RowIssue } from '../../data/types.js';
import { PantauErrorEvent } from '../../events/error.js';
import type { InvalidFeature } from '../../geo/valid.js';
import type { Lang } from '../../i18n/lang.js';
import { expectedIn, noteText } from '../../i18n/data-text.js';
import { formatNumber } from '../../i18n/numbers-and-dates.js';
import { SideFileError } from '../shared/side-module.js';
import type { NoteParts } from './data-notes.js';
import { renderBlocks, type NotesKit } from './notes-blocks.js';
import type { MapModel } from './map-model.js';
import { loadMapNotes } from './map-side-files.js';
import { t } from './pantau-compliance-map.messages.js';

/** What the notes report on: the model shown and what its loaders and geometry left out. */
export interface NotesInput {
  model: MapModel;
  rowIssues: readonly RowIssue[];
  rewound: number;
  notes: readonly DataNote[];
  invalid: readonly InvalidFeature[];
}

const kit: NotesKit = { formatNumber, expectedIn, noteText };

/** The issues counted in the summary: rows and regions left out, and values not read. */
function issueCount({ model, rowIssues, invalid }: NotesInput): number {
  const r = model.report;
  return (
    r.unmatched.length +
    r.duplicateFeatures.length +
    r.duplicateKeys.length +
    r.nameConflicts.length +
    rowIssues.length +
    invalid.length +
    r.ratings.unread.length
  );
}

/**
 * Whether the notes say more than the scale and code systems used: an issue, a region
 * without data, a rating settled or a scale assumed, a code system read or translated, a
 * data note or rings rewound. Only then is their wording loaded (`data-notes.ts`).
 */
function hasNotes(i: NotesInput): boolean {
  const r = i.model.report;
  const { scale, settled } = r.ratings;
  return (
    issueCount(i) > 0 ||
    r.noData.length > 0 ||
    settled.length > 0 ||
    scale.by === 'assumed' ||
    scale.by === 'opinions' ||
    !!r.systems.reading ||
    r.systems.geometryReading?.by === 'codes' ||
    r.translated.length > 0 ||
    !r.systems.comparable ||
    i.rewound > 0 ||
    i.notes.length > 0
  );
}

/**
 * "Catatan data", the data-quality report of the join collapsed under the map: says which
 * scheme and code systems were used and, once its wording is loaded, how they were read and
 * every row or region left out and why. That wording is the side file
 * `pantau-compliance-map.notes.js` in the CDN build, loaded only when there is something to
 * note and a reader comes to the notes (points at them, tabs to them, opens them): collapsed
 * under the map they show nothing of it until then, and most readers never open them. The
 * summary and its count never wait for it; while it loads the notes say so, and a missing side
 * file is named in the notes (the map stays drawn). Part: `notes`.
 */
export class MapNotes {
  private parts?: typeof import('./data-notes.js');
  private missing?: string;
  private loading = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {}

  /** A reader comes to the notes: their wording loads (a missing file again only on opening them). */
  private readonly onInterest = (e: Event): void => {
    if (this.parts || this.loading) return;
    if (this.missing && !(e.type === 'toggle' && (e.currentTarget as HTMLDetailsElement).open)) return;
    this.load();
  };

  private load(): void {
    this.loading = true;
    this.host.requestUpdate();
    loadMapNotes()
      .then(
        (m) => {
          this.parts = m;
          this.missing = undefined;
        },
        (error: unknown) => {
          if (!(error instanceof SideFileError)) throw error;
          this.missing = error.file;
          const info = { code: 'network' as const, message: error.message, url: error.url ?? error.file };
          this.host.dispatchEvent(new PantauErrorEvent(info));
        },
      )
      .finally(() => {
        this.loading = false;
        this.host.requestUpdate();
      });
  }

  render(i: NotesInput, lang: Lang): TemplateResult {
    const { model } = i;
    const r = model.report;
    const count = issueCount(i);
    const sys = (s: string | undefined) =>
      s ? s.toUpperCase().replace('KEMENDAGRI', 'Kemendagri') : t(lang, 'systemUnstated');
    let parts: Partial<NoteParts> = {};
    let wait: TemplateResult | typeof nothing = nothing;
    const wanted = !this.parts && hasNotes(i);
    if (this.parts)
      parts = this.parts.noteParts(model, i.rowIssues, i.rewound, lang, i.notes, i.invalid, sys, kit);
    else if (this.missing || this.loading)
      wait = this.missing
        ? html`<p class="notes-wait" role="alert">${t(lang, 'sideMissing', { file: this.missing })}</p>`
        : html`<p class="notes-wait">${t(lang, 'notesLoading')}</p>`;
    const on = wanted ? this.onInterest : nothing;
    return html`<details class="notes" part="notes" @pointerenter=${on} @focusin=${on} @toggle=${on}>
      <summary>${t(lang, 'notes')}${count ? ` (${formatNumber(count, lang)})` : ''}</summary>
      <div class="notes-body">
        <p>${t(lang, 'usedScheme', { name: model.scheme.name[lang] })}</p>
        ${model.opinionYear ? html`<p>${t(lang, 'opinionYear')}</p>` : nothing}
        ${wait}${renderBlocks(parts.ratings)}
        <p>${t(lang, 'systems', { data: sys(r.systems.data), geometry: sys(r.systems.geometry) })}</p>
        ${renderBlocks(parts.systems)}
        ${r.unmatched.length === 0 && i.rowIssues.length === 0 && i.invalid.length === 0 ? html`<p>${t(lang, 'allGood')}</p>` : nothing}
        ${renderBlocks(parts.lists)}
      </div>
    </details>`;
  }
}
