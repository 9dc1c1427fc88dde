import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Inject, Injectable } from '@nestjs/common';
import { RequestContexts, forbidden, type Principal } from '@pcrm/tenancy';
import { ATTACHMENT_STORAGE, storageKey, type AttachmentStorage } from './attachment-storage';
import { AttachmentStore } from './attachment.store';
import type { Attachment } from './attachment.model';
import { readMultipartFiles } from './multipart-files';

/** What an accepted upload left: its records, and how to remove its files if the scope does not commit. */
export interface ReceivedUpload {
  readonly attachments: Attachment[];
  /** Deletes the stored files; call it when the scope's transaction rolls back or fails to commit. */
  discard(): Promise<void>;
}

/**
 * The principal of a resident's anonymous submission (resident pages, no login): its subject is new on
 * every call, so no bearer token can ever download its uploads before the owner claims them. The caller
 * enforces its per-IP limit before it opens the scope.
 */
export function residentUploader(tenantId: string): Principal {
  return {
    realm: tenantId,
    tenantId,
    subject: `resident:${randomUUID()}`,
    username: 'resident',
    name: '민원인',
    roles: [],
    clientId: null,
  };
}

/**
 * Accepts the files of a multipart request into the current tenant: every file checked (size, name, type by
 * content), stored by id under the tenant's prefix, and recorded unclaimed in the scope's transaction. The
 * staff endpoint (`POST /attachments`) and the resident pages both come through here.
 */
@Injectable()
export class AttachmentUploads {
  constructor(
    @Inject(ATTACHMENT_STORAGE) private readonly storage: AttachmentStorage,
    @Inject(AttachmentStore) private readonly store: AttachmentStore,
  ) {}

  async receive(req: IncomingMessage): Promise<ReceivedUpload> {
    const { principal } = RequestContexts.require();
    const tenantId = principal.tenantId;
    if (!tenantId) throw forbidden();
    const stored: {
      id: string;
      key: string;
      fileName: string;
      mediaType: string;
      size: number;
      sha256: string;
    }[] = [];
    const discard = async () => {
      await Promise.all(stored.map((f) => this.storage.delete(f.key).catch(() => undefined)));
    };
    try {
      await readMultipartFiles(req, async (file) => {
        const id = randomUUID();
        const key = storageKey(tenantId, id);
        await this.storage.put(key, file.content);
        stored.push({
          id,
          key,
          fileName: file.fileName,
          mediaType: file.mediaType,
          size: file.content.length,
          sha256: file.sha256,
        });
      });
      const attachments = await this.store.insert(
        stored.map((f) => ({
          id: f.id,
          fileName: f.fileName,
          mediaType: f.mediaType,
          sizeBytes: f.size,
          sha256: f.sha256,
          storageKey: f.key,
        })),
        principal,
      );
      return { attachments, discard };
    } catch (error) {
      await discard();
      throw error;
    }
  }
}
