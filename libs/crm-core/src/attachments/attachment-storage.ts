import { Global, Module, type DynamicModule } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';

/** Where attachment contents live; the `attachments` table holds everything else. Keys come from `storageKey`. */
export interface AttachmentStorage {
  /** Stores `content` under `key` so that a reader sees all of it or nothing (never a half-written file). */
  put(key: string, content: Buffer): Promise<void>;
  /** The content under `key`, or null when there is none. */
  get(key: string): Promise<{ stream: Readable; sizeBytes: number } | null>;
  /** Removes `key`; a missing key is not an error. */
  delete(key: string): Promise<void>;
  /**
   * Removes the tenant's files last written before `before` that are not attachments any more: the ids
   * `known` does not return, and the temporary files of interrupted writes. Returns how many it removed.
   */
  sweep(
    tenantId: string,
    before: Date,
    known: (ids: string[]) => Promise<ReadonlySet<string>>,
  ): Promise<number>;
}

/** How many file names the sweep checks against the database at once. */
const SWEEP_BATCH = 500;

/** The Nest token of the platform's attachment storage (the composition root picks the implementation). */
export const ATTACHMENT_STORAGE = Symbol('ATTACHMENT_STORAGE');

const TENANT_ID = /^[a-z0-9][a-z0-9-]{0,62}$/;
const UUID_TEXT = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const UUID = new RegExp(`^${UUID_TEXT}$`);
/** `put`'s temporary name: `<id>.<random uuid>.tmp`. */
const PARTIAL = new RegExp(`^${UUID_TEXT}\\.${UUID_TEXT}\\.tmp$`);

/** `<tenant>/<id>`: the tenant as a prefix and the attachment's id, never anything the uploader chose. */
export function storageKey(tenantId: string, id: string): string {
  if (!TENANT_ID.test(tenantId) || !UUID.test(id))
    throw new Error(`Not a storage key: tenant '${tenantId}', id '${id}'`);
  return `${tenantId}/${id}`;
}

/**
 * Files under a directory: `<dir>/<tenant>/<id>`, folders 0700 and files 0600 (only the API's OS user reads
 * them; the embedded PostgreSQL's user never needs to). A file is written to a temporary name beside its
 * final one, flushed to disk, then renamed: a crash leaves at most a `.tmp` file, never a half file.
 */
export class LocalDiskAttachmentStorage implements AttachmentStorage {
  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  private path(key: string): string {
    const [tenant, id, ...rest] = key.split('/');
    if (rest.length > 0 || !TENANT_ID.test(tenant ?? '') || !UUID.test(id ?? ''))
      throw new Error(`Not a storage key: '${key}'`);
    return join(this.root, tenant, id);
  }

  async put(key: string, content: Buffer): Promise<void> {
    const path = this.path(key);
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    const temporary = `${path}.${randomUUID()}.tmp`;
    const file = await open(temporary, 'wx', 0o600);
    try {
      await file.writeFile(content);
      await file.sync();
    } catch (error) {
      await file.close();
      await rm(temporary, { force: true });
      throw error;
    }
    await file.close();
    await rename(temporary, path);
  }

  async get(key: string): Promise<{ stream: Readable; sizeBytes: number } | null> {
    const path = this.path(key);
    const found = await stat(path).catch(() => null);
    if (!found?.isFile()) return null;
    return { stream: createReadStream(path), sizeBytes: found.size };
  }

  async delete(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }

  async sweep(
    tenantId: string,
    before: Date,
    known: (ids: string[]) => Promise<ReadonlySet<string>>,
  ): Promise<number> {
    if (!TENANT_ID.test(tenantId)) throw new Error(`Not a tenant: '${tenantId}'`);
    const dir = join(this.root, tenantId);
    const names = await readdir(dir).catch(() => [] as string[]);
    const old = async (name: string) => {
      const found = await stat(join(dir, name)).catch(() => null);
      return found?.isFile() === true && found.mtime < before;
    };
    let removed = 0;
    const remove = async (name: string) => {
      await rm(join(dir, name), { force: true });
      removed += 1;
    };
    for (const name of names) if (PARTIAL.test(name) && (await old(name))) await remove(name);
    const candidates: string[] = [];
    for (const name of names) if (UUID.test(name) && (await old(name))) candidates.push(name);
    for (let i = 0; i < candidates.length; i += SWEEP_BATCH) {
      const batch = candidates.slice(i, i + SWEEP_BATCH);
      const keep = await known(batch);
      for (const id of batch) if (!keep.has(id)) await remove(id);
    }
    return removed;
  }
}

/** Gives the whole application its attachment storage; imported once, by the composition root. */
@Global()
@Module({})
export class AttachmentStorageModule {
  static register(storage: AttachmentStorage): DynamicModule {
    return {
      module: AttachmentStorageModule,
      providers: [{ provide: ATTACHMENT_STORAGE, useValue: storage }],
      exports: [ATTACHMENT_STORAGE],
    };
  }
}
