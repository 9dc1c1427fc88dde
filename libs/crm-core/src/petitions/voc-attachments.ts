import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { Permission, can } from '@pcrm/access';
import { TenantDatabase, recordAudit, run } from '@pcrm/tenancy';
import { AttachmentAccess, AttachmentStore } from '../attachments';
import { VocReadService } from './voc-read.service';
import { VocQueries as Q } from './voc.sql';
import type { VocItem } from './voc.model';

/** The owner type of a case's attachments. */
export const VOC_ATTACHMENT_OWNER = 'voc';

/**
 * Who may download a case's attachments: a reader of petitions of the case's tenant (the download runs in that
 * tenant's transaction, so another tenant's case is simply not there).
 */
@Injectable()
export class VocAttachmentAccess implements OnModuleInit {
  constructor(
    @Inject(AttachmentAccess) private readonly access: AttachmentAccess,
    @Inject(TenantDatabase) private readonly db: TenantDatabase,
  ) {}

  onModuleInit(): void {
    this.access.register(VOC_ATTACHMENT_OWNER, async (principal, vocId) => {
      if (!can(principal.roles, Permission.PetitionRead)) return false;
      const [found] = await run(this.db.request(), Q.exists(vocId));
      return found !== undefined;
    });
  }
}

/** Files that arrive after intake (a scan, a photo the resident sends later) added to an existing case. */
@Injectable()
export class VocAttachmentAdding {
  constructor(
    @Inject(TenantDatabase) private readonly db: TenantDatabase,
    @Inject(AttachmentStore) private readonly store: AttachmentStore,
    @Inject(VocReadService) private readonly reads: VocReadService,
  ) {}

  /**
   * Claims the uploads for the case in the request's transaction (another tenant's case or upload is not
   * found: RLS); audited on the case besides the claim's own entries.
   */
  async add(vocId: string, attachmentIds: readonly string[]): Promise<VocItem> {
    const voc = await this.reads.open(vocId);
    const claimed = await this.store.claim(attachmentIds, {
      ownerType: VOC_ATTACHMENT_OWNER,
      ownerId: voc.id,
    });
    await recordAudit(this.db.request(), {
      action: 'update',
      entity: 'voc',
      entityId: voc.id,
      after: { attachmentsAdded: claimed.map((a) => ({ id: a.id, fileName: a.fileName })) },
    });
    return voc;
  }
}
