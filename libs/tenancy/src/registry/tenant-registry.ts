import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { MINISTRY_REALM, PLATFORM_REALM } from './tenant-catalog';

export interface Tenant {
  readonly code: string;
  readonly nameKo: string;
  readonly nameEn: string;
}

const REFRESH_MS = 60_000;
/** How long a lost notification connection waits before it connects again. */
const RELISTEN_MS = 1_000;
/**
 * The channel a trigger on `tenants` notifies on every insert and update (migration 1764633600400). PostgreSQL
 * delivers a notification only when its transaction commits, so a rolled-back onboarding announces nothing.
 */
export const TENANTS_CHANNEL = 'pcrm_tenants';

export interface TenantRegistryOptions {
  /** A connection string for the LISTEN connection; without it only the minute's refresh applies. */
  listenUrl?: string;
  log?: (message: string) => void;
}

/**
 * The active rows of the tenants table, held in memory: read on every token check. Refreshed at once when
 * any process commits a change to `tenants` (LISTEN on TENANTS_CHANNEL), by `refresh` in the process that
 * made it, and every minute in case a notification was missed while the connection was down.
 */
export class TenantRegistry {
  private byCode = new Map<string, Tenant>();
  private inactive = new Map<string, Tenant>();
  private timer: NodeJS.Timeout | undefined;
  private relisten: NodeJS.Timeout | undefined;
  private listener: Client | undefined;
  private stopped = false;
  private refreshing: Promise<void> | undefined;
  private refreshAgain = false;

  readonly #dataSource: DataSource;
  readonly #options: TenantRegistryOptions;

  constructor(dataSource: DataSource, options: TenantRegistryOptions = {}) {
    this.#dataSource = dataSource;
    this.#options = options;
  }

  async start(): Promise<void> {
    await this.refresh();
    if (this.#options.listenUrl) await this.listen();
    this.timer = setInterval(() => void this.refresh().catch(() => undefined), REFRESH_MS);
    this.timer.unref();
  }

  stop(): void {
    this.stopped = true;
    clearInterval(this.timer);
    clearTimeout(this.relisten);
    void this.listener?.end().catch(() => undefined);
    this.listener = undefined;
  }

  /** Reads the table again; calls while a read is running share one more read after it (none is lost). */
  refresh(): Promise<void> {
    if (this.refreshing) {
      this.refreshAgain = true;
      return this.refreshing;
    }
    this.refreshing = (async () => {
      try {
        do {
          this.refreshAgain = false;
          await this.load();
        } while (this.refreshAgain);
      } finally {
        this.refreshing = undefined;
      }
    })();
    return this.refreshing;
  }

  private async load(): Promise<void> {
    const rows: { id: string; name_ko: string; name_en: string; active: boolean }[] =
      await this.#dataSource.query(
        'SELECT id, name_ko, name_en, active FROM tenants ORDER BY created_at, id',
      );
    const entry = (r: (typeof rows)[number]): [string, Tenant] => [
      r.id,
      { code: r.id, nameKo: r.name_ko, nameEn: r.name_en },
    ];
    this.byCode = new Map(rows.filter((r) => r.active).map(entry));
    this.inactive = new Map(rows.filter((r) => !r.active).map(entry));
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.#options.listenUrl });
    const lost = (reason: string) => {
      if (this.listener !== client) return;
      this.listener = undefined;
      void client.end().catch(() => undefined);
      this.listenLater(reason);
    };
    client.on('error', (error) => lost(error.message));
    client.on('end', () => lost('closed'));
    client.on('notification', () => void this.refresh().catch(() => undefined));
    this.listener = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${TENANTS_CHANNEL}`);
    } catch (error) {
      if (this.listener === client) this.listener = undefined;
      void client.end().catch(() => undefined);
      throw error;
    }
  }

  private listenLater(reason: string): void {
    if (this.stopped) return;
    this.#options.log?.(`테넌트 변경 알림 연결이 끊겨 다시 연결합니다 (${reason})`);
    clearTimeout(this.relisten);
    this.relisten = setTimeout(() => {
      // Changes made while the connection was down were not announced: read the table once listening again.
      this.listen().then(
        () => this.refresh().catch(() => undefined),
        (error: unknown) => this.listenLater(error instanceof Error ? error.message : String(error)),
      );
    }, RELISTEN_MS);
    this.relisten.unref();
  }

  get(code: string): Tenant | undefined {
    return this.byCode.get(code);
  }

  /** A tenant the platform operator has deactivated (its data is kept; nobody may use it). */
  deactivated(code: string): Tenant | undefined {
    return this.inactive.get(code);
  }

  list(): Tenant[] {
    return [...this.byCode.values()];
  }

  isKnownRealm = (realm: string): boolean =>
    realm === MINISTRY_REALM || realm === PLATFORM_REALM || this.byCode.has(realm);
}
