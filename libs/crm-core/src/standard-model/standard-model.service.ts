import { Inject, Injectable } from '@nestjs/common';
import { CustomizableEntities, StandardVersions, termCatalog } from '@pcrm/customization';
import { RequestContexts, TenantDatabase, run, type Sql } from '@pcrm/tenancy';
import { PerformanceIndicatorService } from '../performance-indicators';
import { STANDARD_PETITION_WORKFLOW } from '../petitions';
import type { WorkflowOverlay } from '../workflow-overlays';
import {
  LATEST_STANDARD_VERSION,
  STANDARD_MODEL_VERSIONS,
  standardModelVersion,
  type StandardModelVersion,
} from './standard-catalogue';
import { conformanceReport, type ConformanceReport } from './standard-conformance';
import { ConformancePublicationQueries } from './conformance-publication.sql';
import { StandardSql as Q, type HistoryRow } from './standard-model.sql';
import { StandardUpgrades, type StandardResolution, type StandardUpgradeDryRun } from './standard-upgrades';
import { readTenantElements } from './tenant-elements';

export type { StandardResolution, StandardUpgradeDryRun } from './standard-upgrades';

export interface StandardModelOverview {
  currentVersion: number;
  latestVersion: number;
  versions: readonly StandardModelVersion[];
  history: HistoryRow[];
}

/**
 * The signed-in tenant's standard-model version: the catalogue, the dry run of the next version against the
 * tenant's customization, applying it all-or-nothing in the request's transaction, and the conformance
 * report (docs/adr/0026).
 */
@Injectable()
export class StandardModelService {
  constructor(
    @Inject(TenantDatabase) private readonly db: TenantDatabase,
    @Inject(StandardVersions) private readonly standardVersions: StandardVersions,
    @Inject(StandardUpgrades) private readonly upgrades: StandardUpgrades,
    @Inject(CustomizableEntities) private readonly entities: CustomizableEntities,
    @Inject(PerformanceIndicatorService) private readonly indicators: PerformanceIndicatorService,
  ) {}

  private get sql(): Sql {
    return this.db.request();
  }

  async overview(): Promise<StandardModelOverview> {
    const [currentVersion, history] = await Promise.all([
      this.standardVersions.ofCurrentTenant(),
      this.sql.query<HistoryRow>(Q.history),
    ]);
    return {
      currentVersion,
      latestVersion: LATEST_STANDARD_VERSION,
      versions: STANDARD_MODEL_VERSIONS,
      history,
    };
  }

  async dryRun(toVersion: number): Promise<StandardUpgradeDryRun> {
    const fromVersion = await this.standardVersions.ofCurrentTenant();
    return this.upgrades.plan(this.sql, fromVersion, toVersion);
  }

  /** Applies the next version in the request's transaction, as the signed-in administrator. */
  async apply(
    toVersion: number,
    expectedCurrentVersion: number,
    resolutions: readonly StandardResolution[],
  ): Promise<StandardModelOverview> {
    const { principal } = RequestContexts.require();
    await this.upgrades.apply(
      { sql: this.sql, actor: principal },
      toVersion,
      expectedCurrentVersion,
      resolutions,
    );
    await this.publishConformance();
    return this.overview();
  }

  /**
   * Publishes the tenant's conformance summary for the ministry (counts per area, score, version; no
   * element's content): the nightly job of each tenant and every standard upgrade (docs/adr/0019).
   */
  async publishConformance(): Promise<void> {
    const { standardVersion, score, standardElements, unchangedElements, areas } = await this.conformance();
    await run(
      this.sql,
      ConformancePublicationQueries.publish({
        standardVersion,
        score,
        standardElements,
        unchangedElements,
        areas,
      }),
    );
  }

  async conformance(): Promise<ConformanceReport> {
    const version = standardModelVersion(await this.standardVersions.ofCurrentTenant())!;
    const sql = this.sql;
    const [elements, overlayRows, terms, indicators] = await Promise.all([
      readTenantElements(sql),
      sql.query<{ overlay: WorkflowOverlay | null }>(Q.overlay, [STANDARD_PETITION_WORKFLOW.key]),
      sql.query<{ term_key: string; label_ko: string | null; label_en: string | null }>(Q.terms),
      this.indicators.effective(),
    ]);
    return conformanceReport(version, termCatalog(this.entities.list(), version.version), {
      elements,
      overlay: overlayRows[0]?.overlay ?? null,
      termOverrides: new Map(terms.map((t) => [t.term_key, { ko: t.label_ko, en: t.label_en }])),
      indicators,
    });
  }
}
