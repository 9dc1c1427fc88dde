import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { Permission, can } from '@pcrm/access';
import { TenantDatabase, run } from '@pcrm/tenancy';
import { AttachmentAccess } from '../attachments';
import { VocQueries as Q } from './voc.sql';

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
