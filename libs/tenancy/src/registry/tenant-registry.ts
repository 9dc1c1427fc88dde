import type { DataSource } from 'typeorm';
import { MINISTRY_REALM } from './tenant-catalog';

export interface Tenant {
  readonly code: string;
  readonly nameKo: string;
  readonly nameEn: string;
}

const REFRESH_MS = 60_000;

/**
 * The tenants table, held in memory: it is read on every token check and changes only when a 시·도 is
 * onboarded, which then needs no restart (refreshed every minute, or at once through `refresh`).
 */
export class TenantRegistry {
  private byCode = new Map<string, Tenant>();
  private timer: NodeJS.Timeout | undefined;

  readonly #dataSource: DataSource;

  constructor(dataSource: DataSource) {
    this.#dataSource = dataSource;
  }

  async start(): Promise<void> {
    await this.refresh();
    this.timer = setInterval(() => void this.refresh().catch(() => undefined), REFRESH_MS);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  async refresh(): Promise<void> {
    const rows: { id: string; name_ko: string; name_en: string }[] = await this.#dataSource.query(
      'SELECT id, name_ko, name_en FROM tenants WHERE active ORDER BY created_at, id',
    );
    this.byCode = new Map(rows.map((r) => [r.id, { code: r.id, nameKo: r.name_ko, nameEn: r.name_en }]));
  }

  get(code: string): Tenant | undefined {
    return this.byCode.get(code);
  }

  list(): Tenant[] {
    return [...this.byCode.values()];
  }

  isKnownRealm = (realm: string): boolean => realm === MINISTRY_REALM || this.byCode.has(realm);
}
