import { html, nothing, svg } from 'lit';
import { ZONES } from '../../../ratings/bands.js';
import { formatNumber, formatPercent } from '../../../i18n/numbers-and-dates.js';
import { formatDays, formatSpan, formatTimeLimit } from '../format.js';
import { readCompliance, satisfactionGrade } from '../../../ratings/grades.js';
import { readDelivery, type UnitRule } from '../model.js';
import { t } from '../pantau-service-standard.messages.js';
import { toneToken } from '../../../styles/palette.js';
import { section, type SectionContext } from './context.js';

/** A colour sample beside a rating; the rating's words carry the meaning. */
export const swatch = (color: string | undefined) =>
  color ? html`<span class="swatch ${color}" aria-hidden="true"></span>` : nothing;

/** The compliance result in words: zone, category and where they came from. */
export function complianceText({ s, lang }: SectionContext) {
  const c = s.performance?.compliance;
  if (!c) return undefined;
  const reading = readCompliance(c);
  const band = reading?.band;
  // Zone names as the map's legend writes them, so card and map agree.
  const zone = ZONES.find((z) => z.zone === band?.zone)?.label[lang];
  // A category band is named with its zone ("Zona hijau · kategori B"); any other by its own label.
  const rating =
    band &&
    (band.category ? `${zone} · ${t(lang, 'categoryLabel', { label: band.label[lang] })}` : band.label[lang]);
  const meta = [
    c.year !== undefined ? t(lang, 'complianceBy', { year: c.year }) : '',
    c.scheme ?? '',
    c.score !== undefined ? t(lang, 'score', { score: formatNumber(c.score, lang) }) : '',
  ]
    .filter(Boolean)
    .join(' · ');
  return {
    rating: rating ?? c.opinion,
    opinion: rating ? c.opinion : undefined,
    meta,
    color: band && toneToken(band.tone),
    derived: reading?.derived ? t(lang, 'derived', { scheme: reading.scheme[lang] }) : undefined,
  };
}

/** One result of the performance grid: a label, the value and lines of detail under it. */
const result = (label: string, value: unknown, details: (string | undefined)[] = []) =>
  html`<div class="perf">
    <p>${label}</p>
    <p class="perf-value">${value}</p>
    ${details.map((d) => (d ? html`<p class="perf-meta">${d}</p>` : nothing))}
  </div>`;

function compliance(ctx: SectionContext) {
  const c = complianceText(ctx);
  return c
    ? result(t(ctx.lang, 'compliance'), html`${swatch(c.color)}${c.rating ?? '–'}`, [
        c.opinion,
        c.meta,
        c.derived,
      ])
    : nothing;
}

/** The satisfaction result: index and grade, the conversion from the 1–4 scale, a published grade that disagrees. */
export function readSatisfactionText({ s, lang }: SectionContext) {
  const sat = s.performance?.satisfaction;
  if (!sat) return undefined;
  const { grade, conflict } = satisfactionGrade(sat.index, sat.grade);
  if (sat.index === undefined && !grade) return undefined;
  const index = sat.index !== undefined ? formatNumber(sat.index, lang, 2) : '';
  const g = grade ? `${t(lang, 'grade', { g: grade })} (${t(lang, `grade_${grade}`)})` : '';
  const notes = [
    sat.indexOnScale4 !== undefined
      ? t(lang, 'ikmScale', { given: formatNumber(sat.indexOnScale4, lang, 2), index })
      : undefined,
    conflict && grade ? t(lang, 'gradeMismatch', { given: conflict, index, grade }) : undefined,
  ].filter((n): n is string => n !== undefined);
  return { text: [index, g].filter(Boolean).join(' — '), notes };
}

/** "82,5 — mutu B (baik)" or undefined without an index or grade. */
export const satisfactionText = (ctx: SectionContext) => readSatisfactionText(ctx)?.text;

function satisfaction(ctx: SectionContext) {
  const r = readSatisfactionText(ctx);
  const year = ctx.s.performance?.satisfaction?.year;
  return r
    ? result(`${t(ctx.lang, 'satisfaction')}${year !== undefined ? ` ${year}` : ''}`, r.text, r.notes)
    : nothing;
}

/** What each unit rule says, in the card's notes and under the comparison. */
export const ruleText = (rule: UnitRule, lang: SectionContext['lang']) =>
  t(lang, rule === 'workday' ? 'workdayRule' : 'monthRule');

/** Actual against the standard's time, as words; undefined when either is unknown. */
export function deliverySentence({ s, lang }: SectionContext) {
  const r = readDelivery(s);
  if (!r) return undefined;
  const { cmp, rules } = r;
  // A side in working days, compared in calendar days, shows its calendar equivalent.
  const side = (text: string, unit: string, days: number) =>
    rules.includes('workday') && unit === 'workday'
      ? t(lang, 'asCalendar', {
          limit: text,
          days: `${formatNumber(days, lang, 1)} ${t(lang, 'calendarDays')}`,
        })
      : text;
  const promisedText =
    r.fromLimit && s.timeLimit ? formatTimeLimit(s.timeLimit, lang) : formatDays(r.promised.value, lang);
  const promised = side(promisedText, r.promised.unit, r.promised.days);
  const actual = side(formatSpan(r.actual.value, r.actual.unit, lang), r.actual.unit, r.actual.days);
  const ratio = formatNumber(cmp.ratio, lang, 1);
  return {
    cmp,
    actual,
    promised,
    rules,
    text: t(lang, cmp.broken ? 'brokenSentence' : 'keptSentence', { actual, promised, ratio }),
  };
}

/** The delivery sentence, marked as a broken or a kept promise. */
export const verdict = (d: ReturnType<typeof deliverySentence>) =>
  d ? html`<p class="verdict ${d.cmp.broken ? 'bad' : 'good'}">${d.text}</p>` : nothing;

const bar = (fraction: number, cls: string, marker?: number) =>
  html`<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
    <rect class=${cls} x="0" y="0" height="10" width=${Math.max(fraction * 100, 0.5)}></rect>
    ${marker === undefined ? nothing : svg`<line class="promise-line" x1=${marker * 100} x2=${marker * 100} y1="0" y2="10"></line>`}
  </svg>`;

function delivery(ctx: SectionContext) {
  const d = ctx.s.performance?.delivery;
  const sentence = deliverySentence(ctx);
  if (!d || (!sentence && d.onTimeRate === undefined)) return nothing;
  const { lang } = ctx;
  const stat = d.statistic ? ` (${t(lang, d.statistic)})` : '';
  const cmp = sentence?.cmp;
  return html`<div class="perf delivery">
    <p>${t(lang, 'deliveryTitle')}${d.period ? ` · ${t(lang, 'period', { p: d.period })}` : ''}</p>
    ${
      sentence && cmp
        ? html`<div class="bars">
              <span class="bar-name">${t(lang, 'actual')}${stat}</span>
              ${bar(cmp.actualFraction, cmp.broken ? 'actual broken' : 'actual kept', cmp.broken ? cmp.promisedFraction : undefined)}
              <span class="bar-value">${sentence.actual}</span>
              <span class="bar-name">${t(lang, 'promised')}</span>
              ${bar(cmp.promisedFraction, 'promise')}
              <span class="bar-value">${sentence.promised}</span>
            </div>
            ${verdict(sentence)}`
        : nothing
    }
    ${d.onTimeRate !== undefined ? html`<p class="perf-meta">${t(lang, 'onTime', { rate: formatPercent(d.onTimeRate, lang) })}</p>` : nothing}
    ${sentence?.rules.map((rule) => html`<p class="perf-meta">${ruleText(rule, lang)}</p>`)}
  </div>`;
}

/** Promise against delivery: compliance rating, satisfaction index and actual completion times. */
export function performanceTemplate(ctx: SectionContext) {
  return ctx.s.performance
    ? section(
        ctx,
        'performance',
        html`<div class="perf-grid">${compliance(ctx)} ${satisfaction(ctx)} ${delivery(ctx)}</div>`,
        'performance',
      )
    : nothing;
}
