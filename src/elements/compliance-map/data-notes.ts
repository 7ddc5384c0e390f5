import type { DataNote, RowIssue } from '../../data/types.js';
import type { InvalidFeature } from '../../geo/valid.js';
import type { Lang } from '../../i18n/lang.js';
import type { SystemReading } from '../../geo/codes.js';
import type { JoinReport } from '../../geo/join.js';
import type { MapModel } from './map-model.js';
import { t, type NotesMessageKey } from './data-notes.messages.js';
import type { NoteBlock, NotesKit } from './notes-blocks.js';
import { ratingNotes } from './rating-notes.js';

/** How each code system was read when not stated, and whether codes were compared or translated. */
function systemNotes(r: JoinReport, lang: Lang, sys: (s: string | undefined) => string, kit: NotesKit) {
  const blocks: NoteBlock[] = [];
  const read = (x: SystemReading | undefined, geometry: boolean) => {
    if (!x || (geometry && x.by !== 'codes')) return;
    const vars = { system: sys(x.system), codes: (x.codes ?? []).slice(0, 5).join(', ') };
    const key = geometry
      ? 'geometrySystemByCodes'
      : x.by === 'codes'
        ? 'systemByCodes'
        : x.by === 'names'
          ? 'systemByNames'
          : 'systemAssumed';
    blocks.push({ text: t(lang, key, vars) });
  };
  read(r.systems.reading, false);
  read(r.systems.geometryReading, true);
  const n = r.translated.length;
  if (n) blocks.push({ text: t(lang, 'translated', { count: kit.formatNumber(n, lang) }) });
  if (!r.systems.comparable && !n) blocks.push({ text: t(lang, 'systemsDiffer'), strong: true });
  return blocks;
}

/** The report's parts the notes place between the map's own lines (`map-notes.ts`). */
export interface NoteParts {
  /** After the scale used: the scale assumed, categories settled, values not read. */
  ratings: NoteBlock[];
  /** After the code systems: how they were read, rings rewound, data notes. */
  systems: NoteBlock[];
  /** Last: every row or region left out and why. */
  lists: NoteBlock[];
}

/**
 * What "Catatan data" says beyond the scale and the code systems used: how each was read
 * when not stated, and every row or region left out and why. Loaded only when there is
 * something to note, from the side file `pantau-compliance-map.notes.js` in the CDN build.
 */
export function noteParts(
  model: MapModel,
  rowIssues: readonly RowIssue[],
  rewound: number,
  lang: Lang,
  notes: readonly DataNote[],
  invalid: readonly InvalidFeature[],
  sys: (s: string | undefined) => string,
  kit: NotesKit,
): NoteParts {
  const r = model.report;
  const n = (v: number) => kit.formatNumber(v, lang);
  const label = (code?: string, name?: string) => [code, name].filter(Boolean).join(' ');
  const row = (x: number) => t(lang, 'row', { row: x });
  // Every list the report can hold, headed by its count (all but the last are issues, counted
  // in the summary by `notesIssueCount`).
  const lists: [NotesMessageKey, string[]][] = [
    [
      'unmatched',
      r.unmatched.map(
        (u) =>
          `${row(u.row)}: ${label(u.code, u.name)} — ${t(lang, u.reason)}` +
          (u.suggestions ? `; ${t(lang, 'didYouMean', { names: u.suggestions.join(', ') })}` : ''),
      ),
    ],
    ['dupFeatures', r.duplicateFeatures.map((d) => `${d.code}: ${d.names.join(', ')}`)],
    ['dupKeys', r.duplicateKeys.map((d) => `${d.key}: ${d.rows.map(row).join(', ')}`)],
    [
      'conflicts',
      r.nameConflicts.map(
        (c) =>
          `${row(c.row)}: ${c.code} ${c.dataName} ≠ ${c.regionName} (${t(lang, 'notColoured')})` +
          (c.joinedTo ? `; ${t(lang, 'joinedByName', { name: c.joinedTo })}` : ''),
      ),
    ],
    [
      'rowIssues',
      rowIssues.map((i) => `${row(i.row)}, ${i.field}: "${i.value}" — ${kit.expectedIn(i, lang)}`),
    ],
    [
      'invalidFeatures',
      invalid.map(
        (f) => `${label(t(lang, 'feature', { index: f.index + 1 }), f.id)} — ${t(lang, `geo-${f.reason}`)}`,
      ),
    ],
    ['noDataRegions', r.noData.map((d) => label(d.code, d.name))],
  ];
  return {
    ratings: ratingNotes(model, lang, kit),
    systems: [
      ...systemNotes(r, lang, sys, kit),
      ...(rewound ? [{ text: t(lang, 'rewound', { count: n(rewound) }) }] : []),
      ...notes.map((note) => ({ text: kit.noteText(note, lang) })),
    ],
    lists: lists.map(([key, items]) => ({ title: t(lang, key, { count: n(items.length) }), items })),
  };
}
