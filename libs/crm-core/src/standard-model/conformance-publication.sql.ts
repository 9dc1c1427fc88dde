import { sql, type Generated } from 'kysely';
import { queryBuilder, type StatementExamples } from '@pcrm/tenancy';
import type { ConformanceAreaSummary } from './standard-conformance';
import { StandardArea } from './standard-elements';

/** The tenant's published conformance summary (migration 1764720000520): counts only, no element content. */
interface ConformancePublishedTable {
  tenant_id: string;
  standard_version: number;
  score: string;
  standard_elements: number;
  unchanged_elements: number;
  areas: ConformanceAreaSummary[];
  refreshed_at: Generated<Date>;
}

const db = queryBuilder<{ standard_conformance_published: ConformancePublishedTable }>();

export interface ConformanceSummary {
  standardVersion: number;
  score: number;
  standardElements: number;
  unchangedElements: number;
  areas: readonly ConformanceAreaSummary[];
}

export const ConformancePublicationQueries = {
  /** Replaces the scope's tenant's published summary (its tenant comes from the scope, as RLS checks). */
  publish: (s: ConformanceSummary) =>
    db
      .insertInto('standard_conformance_published')
      .values({
        tenant_id: sql<string>`current_setting('app.tenant_id')`,
        standard_version: s.standardVersion,
        score: String(s.score),
        standard_elements: s.standardElements,
        unchanged_elements: s.unchangedElements,
        areas: sql<ConformanceAreaSummary[]>`${JSON.stringify(s.areas)}::jsonb`,
      })
      .onConflict((oc) =>
        oc.column('tenant_id').doUpdateSet({
          standard_version: (eb) => eb.ref('excluded.standard_version'),
          score: (eb) => eb.ref('excluded.score'),
          standard_elements: (eb) => eb.ref('excluded.standard_elements'),
          unchanged_elements: (eb) => eb.ref('excluded.unchanged_elements'),
          areas: (eb) => eb.ref('excluded.areas'),
          refreshed_at: sql<Date>`now()`,
        }),
      ),
};

export const CONFORMANCE_PUBLICATION_STATEMENTS: {
  [K in keyof typeof ConformancePublicationQueries]: StatementExamples[string];
} = {
  publish: ConformancePublicationQueries.publish({
    standardVersion: 2,
    score: 0.9512,
    standardElements: 41,
    unchangedElements: 39,
    areas: [
      { area: StandardArea.CATEGORY, standardCount: 10, unchanged: 9, changed: 1, disabled: 0, added: 2 },
    ],
  }),
};
