import { html, nothing, svg } from 'lit';
import { SCHEMES } from '../../../geo/schemes.js';
import { formatNumber, formatPercent } from '../../../i18n/format.js';
import { formatDays, formatTimeLimit } from '../format.js';
import { readCompliance, satisfactionGrade } from '../grades.js';
import { compareDelivery, promisedDays } from '../model.js';
import { t } from '../messages.js';
import { section, type SectionContext } from './context.js';

/** A colour sample beside a rating; the rating's words carry the meaning. */
export const swatch = (color: string | undefined) =>
  color ? html`<span class="swatch ${color}" aria-hidden="true"></span>` : nothing;

const { 'ombudsman-2021': ZONES, 'ombudsman-2022': CATEGORIES } = SCHEMES;

/** The compliance result in words: zone, category and where they came from. */
export function complianceText({ s, lang }: SectionContext) {
  const c = s.performance?.compliance;
  if (!c) return undefined;
  const reading = readCompliance(c);
  const band = reading?.band;
  // Zone names as the map's legend writes them, so card and map agree.
  const zone = ZONES.bands.find((z) => z.zone === band?.zone)?.label[lang];
  const rating =
    band &&
    (CATEGORIES.bands.includes(band)
      ? `${zone} · ${t(lang, 'categoryLabel', { label: band.label[lang] })}`
      : band.label[lang]);
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
    color: band?.color,
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

/** "82,5 — mutu B (baik)" or undefined without an index or grade. */
export function satisfactionText({ s, lang }: SectionContext): string | undefined {
  const sat = s.performance?.satisfaction;
  const grade = sat && satisfactionGrade(sat.index, sat.grade);
  if (!sat || (sat.index === undefined && !grade)) return undefined;
  const g = grade ? `${t(lang, 'grade', { g: grade })} (${t(lang, `grade_${grade}`)})` : '';
  return [sat.index !== undefined ? formatNumber(sat.index, lang) : '', g].filter(Boolean).join(' — ');
}

function satisfaction(ctx: SectionContext) {
  const text = satisfactionText(ctx);
  const year = ctx.s.performance?.satisfaction?.year;
  return text
    ? result(`${t(ctx.lang, 'satisfaction')}${year !== undefined ? ` ${year}` : ''}`, text)
    : nothing;
}

/** Actual against promised days, as words; undefined when either is unknown. */
export function deliverySentence({ s, lang }: SectionContext) {
  const d = s.performance?.delivery;
  const cmp = compareDelivery(d?.actualDays, promisedDays(s.timeLimit, d?.promisedDays));
  if (!d || !cmp) return undefined;
  const promised =
    d.promisedDays === undefined && s.timeLimit
      ? formatTimeLimit(s.timeLimit, lang)
      : formatDays(cmp.promised, lang);
  const actual = formatDays(cmp.actual, lang);
  const ratio = formatNumber(cmp.ratio, lang, 1);
  return {
    cmp,
    actual,
    promised,
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
