import type { Lang } from '../../i18n/lang.js';
import type { MapModel } from './map-model.js';
import { t } from './data-notes.messages.js';
import type { NoteBlock, NotesKit } from './notes-blocks.js';

/**
 * The ratings' part of "Catatan data": the scale assumed when the data gives no year (and the
 * attribute that sets it), the categories a score, an opinion or the zone settled, and rating
 * values that could not be read in rows kept for their other values.
 */
export function ratingNotes(model: MapModel, lang: Lang, kit: NotesKit): NoteBlock[] {
  const { scale, settled, unread } = model.report.ratings;
  const name = model.scheme.name[lang];
  const row = (x: number) => t(lang, 'row', { row: x });
  const label = (id: string) => model.legend.find((r) => r.band.id === id)?.band.label[lang] ?? id;
  const n = (v: number) => kit.formatNumber(v, lang);
  const blocks: NoteBlock[] = [];
  if (scale.by === 'assumed') blocks.push({ text: t(lang, 'scaleAssumed', { name }), strong: true });
  if (scale.by === 'opinions') blocks.push({ text: t(lang, 'scaleFromOpinions', { name }), strong: true });
  blocks.push(
    {
      title: t(lang, 'settled', { count: n(settled.length) }),
      items: settled.map(
        (s) => `${row(s.row)}: ${s.name} — ${label(s.band)} (${t(lang, `settled-${s.by}`)})`,
      ),
    },
    {
      title: t(lang, 'unread', { count: n(unread.length) }),
      items: unread.map((i) => `${row(i.row)}, ${i.field}: "${i.value}" — ${i.expected}`),
    },
  );
  return blocks;
}
