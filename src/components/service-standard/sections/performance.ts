import { html, nothing, svg } from 'lit';
import { formatNumber, formatPercent } from '../../../i18n/format.js';
import { formatDays, formatTimeLimit } from '../format.js';
import { readCompliance, satisfactionGrade } from '../grades.js';
import { compareDelivery, promisedDays } from '../model.js';
import { t } from '../messages.js';
import { heading, type SectionContext } from './context.js';

const CATEGORY_IDS = new Set(['A', 'B', 'C', 'D', 'E']);

/** The compliance result in words: zone, category and where they came from. */
export function complianceText({ s, lang }: SectionContext) {
  const c = s.performance?.compliance;
  if (!c) return undefined;
  const reading = readCompliance(c);
  const band = reading?.band;
  const zone = band?.zone ? t(lang, `zone_${band.zone}`) : undefined;
  const rating =
    band &&
    (CATEGORY_IDS.has(band.id)
      ? `${zone} · ${t(lang, 'categoryLabel', { label: band.label[lang] })}`
      : band.zoneOnly
        ? band.label[lang]
        : zone);
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

function compliance(ctx: SectionContext) {
  const c = complianceText(ctx);
  if (!c) return nothing;
  return html`<div class="perf">
    <p class="perf-label">${t(ctx.lang, 'compliance')}</p>
    <p class="perf-value">
      ${c.color ? html`<span class="swatch ${c.color}" aria-hidden="true"></span>` : nothing}${c.rating ?? '–'}
    </p>
    ${c.opinion ? html`<p class="perf-meta">${c.opinion}</p>` : nothing}
    ${c.meta ? html`<p class="perf-meta">${c.meta}</p>` : nothing}
    ${c.derived ? html`<p class="perf-meta">${c.derived}</p>` : nothing}
  </div>`;
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
  if (!text) return nothing;
  return html`<div class="perf">
    <p class="perf-label">${t(ctx.lang, 'satisfaction')}${year !== undefined ? ` ${year}` : ''}</p>
    <p class="perf-value">${text}</p>
  </div>`;
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
  return html`<div class="perf delivery">
    <p class="perf-label">
      ${t(lang, 'deliveryTitle')}${d.period ? ` · ${t(lang, 'period', { p: d.period })}` : ''}
    </p>
    ${
      sentence
        ? html`<div class="bars">
              <span class="bar-name">${t(lang, 'actual')}${stat}</span>
              ${bar(sentence.cmp.actualFraction, sentence.cmp.broken ? 'actual broken' : 'actual kept', sentence.cmp.broken ? sentence.cmp.promisedFraction : undefined)}
              <span class="bar-value">${sentence.actual}</span>
              <span class="bar-name">${t(lang, 'promised')}</span>
              ${bar(sentence.cmp.promisedFraction, 'promise')}
              <span class="bar-value">${sentence.promised}</span>
            </div>
            <p class="verdict ${sentence.cmp.broken ? 'bad' : 'good'}">${sentence.text}</p>`
        : nothing
    }
    ${d.onTimeRate !== undefined ? html`<p class="perf-meta">${t(lang, 'onTime', { rate: formatPercent(d.onTimeRate, lang) })}</p>` : nothing}
  </div>`;
}

/** Promise against delivery: compliance rating, satisfaction index and actual completion times. */
export function performanceTemplate(ctx: SectionContext) {
  if (!ctx.s.performance) return nothing;
  return html`<section class="block performance" part="section">
    ${heading(ctx.levels.section, t(ctx.lang, 'performance'), 'section-title')}
    <div class="perf-grid">${compliance(ctx)} ${satisfaction(ctx)} ${delivery(ctx)}</div>
  </section>`;
}
