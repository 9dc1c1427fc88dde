import { Injectable } from '@nestjs/common';
import type { Principal } from '@pcrm/tenancy';
import { OWNER_TYPE } from './attachment.store';

/**
 * Whether `principal` may download the attachments of owner `ownerId`: the owning capability decides (it
 * knows who may see its record). Runs in the download request's read-only tenant transaction.
 */
export type AttachmentAccessRule = (principal: Principal, ownerId: string) => Promise<boolean>;

/**
 * The access rules of claimed attachments, one per owner type, registered by the owning capability's
 * module (`onModuleInit`). An owner type without a rule is refused to everyone; an unclaimed upload is
 * served to its uploader only.
 */
@Injectable()
export class AttachmentAccess {
  private readonly rules = new Map<string, AttachmentAccessRule>();

  register(ownerType: string, rule: AttachmentAccessRule): void {
    if (!OWNER_TYPE.test(ownerType)) throw new Error(`Not an attachment owner type: '${ownerType}'`);
    if (this.rules.has(ownerType))
      throw new Error(`The attachment access rule of '${ownerType}' is registered twice`);
    this.rules.set(ownerType, rule);
  }

  async allows(
    principal: Principal,
    attachment: { ownerType: string | null; ownerId: string | null; uploadedBySubject: string },
  ): Promise<boolean> {
    if (attachment.ownerType === null || attachment.ownerId === null)
      return attachment.uploadedBySubject === principal.subject;
    const rule = this.rules.get(attachment.ownerType);
    return rule ? (await rule(principal, attachment.ownerId)) === true : false;
  }
}
