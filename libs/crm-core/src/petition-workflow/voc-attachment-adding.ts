import { Inject, Injectable } from '@nestjs/common';
import { Role } from '@pcrm/access';
import { RequestContexts, TenantDatabase, recordAudit } from '@pcrm/tenancy';
import { AttachmentStore } from '../attachments';
import { VOC_ATTACHMENT_OWNER, VocReadService, type VocItem } from '../petitions';
import { mayActOnCase, notResponsible } from './case-responsibility';

/**
 * Files that arrive after intake (a scan, a photo the resident sends later) added to an existing case: by the
 * intake desk (agents receive what residents bring) or by those who may act on the case (docs/adr/0020), not by
 * an officer of an unrelated department.
 */
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
    const sql = this.db.request();
    const voc = await this.reads.open(vocId);
    const { principal } = RequestContexts.require();
    const responsible = { department_id: voc.department?.id ?? null, officer_id: voc.officer?.id ?? null };
    if (!principal.roles.includes(Role.Agent) && !(await mayActOnCase(sql, principal, responsible)))
      throw notResponsible();
    const claimed = await this.store.claim(attachmentIds, {
      ownerType: VOC_ATTACHMENT_OWNER,
      ownerId: voc.id,
    });
    await recordAudit(sql, {
      action: 'update',
      entity: 'voc',
      entityId: voc.id,
      after: { attachmentsAdded: claimed.map((a) => ({ id: a.id, fileName: a.fileName })) },
    });
    return voc;
  }
}
