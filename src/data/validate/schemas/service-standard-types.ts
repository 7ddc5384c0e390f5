/**
 * The normalised shape of a published service standard (standar pelayanan, UU 25/2009 art. 21),
 * as `<pantau-service-standard>` reads it. Source JSON is looser: see `service-standard.ts`.
 */

/** The 14 components in the order the law lists them. */
export const COMPONENT_KEYS = [
  'legalBasis',
  'requirements',
  'procedure',
  'timeLimit',
  'fee',
  'product',
  'facilities',
  'staffCompetence',
  'internalOversight',
  'complaints',
  'staffCount',
  'serviceGuarantee',
  'safetyGuarantee',
  'staffEvaluation',
] as const;

export type ComponentKey = (typeof COMPONENT_KEYS)[number];

/** Six components face the citizen (delivery), eight concern the provider (production). */
export const DELIVERY_COMPONENTS: readonly ComponentKey[] = [
  'requirements',
  'procedure',
  'timeLimit',
  'fee',
  'product',
  'complaints',
];
export const PRODUCTION_COMPONENTS: readonly ComponentKey[] = COMPONENT_KEYS.filter(
  (k) => !DELIVERY_COMPONENTS.includes(k),
);

/** A time limit: a number with a unit (`{value: 14, unit: "hari kerja"}`) or free text. */
export type TimeLimit = { value: number; unit: string } | { text: string };

/** A fee: an amount in Rupiah (0 is free) with an optional note, or free text ("sesuai Perda 3/2020"). */
export type Fee = { amount: number; note?: string } | { text: string; note?: string };

/** `other`: a channel described in words ("Kotak saran di ruang tunggu"), shown as written. */
export const CHANNEL_TYPES = ['lapor', 'phone', 'email', 'whatsapp', 'web', 'address', 'other'] as const;
export type ChannelType = (typeof CHANNEL_TYPES)[number];

/** One way to complain. `value` is absent only for `lapor` (the national SP4N-LAPOR! site is meant). */
export interface ComplaintChannel {
  type: ChannelType;
  value?: string;
  label?: string;
}

/** An Ombudsman RI compliance result; `zone`/`category` as published win over ones derived from `score`. */
export interface ComplianceResult {
  year?: number;
  scheme?: string;
  score?: number;
  category?: string;
  zone?: string;
  opinion?: string;
}

/**
 * A satisfaction survey result (SKM/IKM, 25–100). An index published on the survey's 1–4
 * scale is converted (×25) and the published value kept in `indexOnScale4`. The card shows the
 * grade of the index, and notes a published `grade` that disagrees with it.
 */
export interface SatisfactionResult {
  year?: number;
  index?: number;
  /** The index as published on the 1–4 scale, when it was converted. */
  indexOnScale4?: number;
  grade?: string;
}

/** How long the service actually took, against its promise. */
export interface DeliveryResult {
  period?: string;
  /** Calendar days. */
  actualDays?: number;
  /** The same figure counted in working days, when the source counts that way. */
  actualWorkingDays?: number;
  /** Calendar days; overrides the days read from `timeLimit` (e.g. an SLA average across request types). */
  promisedDays?: number;
  statistic?: 'median' | 'mean';
  /** 0–1. */
  onTimeRate?: number;
}

export interface Performance {
  compliance?: ComplianceResult;
  satisfaction?: SatisfactionResult;
  delivery?: DeliveryResult;
}

/** One service's standard. An absent component is one that is not published. */
export interface ServiceStandard {
  id?: string;
  name: string;
  provider?: string;
  unit?: string;
  serviceType?: string;
  areaServed?: string;
  legalBasis?: string[];
  requirements?: string[];
  procedure?: string[];
  timeLimit?: TimeLimit;
  fee?: Fee;
  product?: string[];
  facilities?: string[];
  staffCompetence?: string[];
  internalOversight?: string[];
  complaints?: ComplaintChannel[];
  staffCount?: string[];
  serviceGuarantee?: string[];
  safetyGuarantee?: string[];
  staffEvaluation?: string[];
  pledge?: string;
  updated?: string;
  /** Provenance shown under the card: a sample-data notice, a source, a licence. */
  note?: string;
  source?: string;
  /** A link to the source (shown only for http(s)). */
  sourceUrl?: string;
  performance?: Performance;
  /** Fields this version does not know, kept as given and otherwise ignored. */
  extra: Record<string, unknown>;
}

export interface ServiceCatalogue {
  services: ServiceStandard[];
}
