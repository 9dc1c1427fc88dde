import type { AliasableExpression } from 'kysely';

/** The four kinds of performance indicator (성과지표 유형). */
export enum IndicatorType {
  /** 효율성 */
  EFFICIENCY = 'EFFICIENCY',
  /** 공익성 */
  PUBLIC_INTEREST = 'PUBLIC_INTEREST',
  /** 만족도 */
  SATISFACTION = 'SATISFACTION',
  /** 활용도 */
  ADOPTION = 'ADOPTION',
}

/** Who a scorecard is about. */
export enum ScopeKind {
  DEPARTMENT = 'DEPARTMENT',
  OFFICER = 'OFFICER',
}

/** The rows behind a measure's numbers, which the drill-down lists. */
export enum MeasureSubject {
  PETITION = 'PETITION',
  TASK = 'TASK',
  /** A result another capability records (a service-standard measurement, a CSI round, a phone-courtesy check). */
  RECORD = 'RECORD',
}

export enum MeasureUnit {
  /** numerator / denominator × 100 */
  PERCENT = 'PERCENT',
  /** An average of percentages already held per row (task progress, compliance): numerator / denominator. */
  AVERAGE_PERCENT = 'AVERAGE_PERCENT',
  /** An average score on the survey's 1–5 scale: numerator / denominator. */
  POINTS = 'POINTS',
}

/** A half-open time range [from, to). */
export interface TimeRange {
  from: Date;
  to: Date;
}

/**
 * One source row's part in a measure: its subject (a petition or a task), the department and officer it
 * counts for, its month (first day, Korean time), and what it adds to the numerator and the denominator.
 */
export interface MeasureFact {
  subject_id: string;
  department_id: string | null;
  officer_id: string | null;
  month: string;
  numerator: number;
  denominator: number;
}

/** What the drill-down shows of a RECORD subject (petitions and tasks are described by the catalogue itself). */
export interface MeasureSubjectRow {
  id: string;
  number: string;
  title: string;
  status: string;
  opened_at: Date;
  closed_at: Date | null;
}

/**
 * A measure (측정항목) is a computation over the tenant's real data, not data a tenant edits: indicators pick
 * one by its code, roll-ups sum its facts per scope and month, and the drill-down lists the same facts, so a
 * number and the rows behind it always come from one predicate.
 */
export interface Measure {
  /** Stable forever: indicator definitions refer to it. */
  readonly code: string;
  readonly labelKo: string;
  readonly labelEn: string;
  /** What is counted, in words (shown in the designer's measure picker). */
  readonly definitionKo: string;
  readonly definitionEn: string;
  readonly unit: MeasureUnit;
  /** The type tag an indicator on this measure usually carries. */
  readonly typeTag: IndicatorType;
  /** The scopes it can be computed for. */
  readonly scopes: readonly ScopeKind[];
  readonly subject: MeasureSubject;
  /** Every fact whose month falls in `range`, as a subquery (the scope's RLS applies). */
  facts(range: TimeRange): AliasableExpression<MeasureFact>;
  /** For a RECORD subject: the rows the drill-down joins the facts to by `id` (the scope's RLS applies). */
  subjectRows?(): AliasableExpression<MeasureSubjectRow>;
}

/** A measure's value from its summed numerator and denominator; null when nothing was counted. */
export function measureValue(unit: MeasureUnit, numerator: number, denominator: number): number | null {
  if (!(denominator > 0)) return null;
  const ratio = numerator / denominator;
  return unit === MeasureUnit.PERCENT ? ratio * 100 : ratio;
}
