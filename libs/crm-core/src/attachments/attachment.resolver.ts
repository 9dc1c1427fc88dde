import { Inject } from '@nestjs/common';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { RequestContexts, notFound } from '@pcrm/tenancy';
import { AttachmentAccess } from './attachment-access';
import { Attachment } from './attachment.model';
import { AttachmentStore } from './attachment.store';

@Resolver(() => Attachment)
export class AttachmentResolver {
  constructor(
    @Inject(AttachmentStore) private readonly store: AttachmentStore,
    @Inject(AttachmentAccess) private readonly access: AttachmentAccess,
  ) {}

  @Query(() => Attachment, {
    description:
      '첨부파일 하나 (소유 기록의 열람 규칙, 아직 첨부되지 않았으면 올린 사람만); 그 밖에는 NOT_FOUND',
  })
  async attachment(@Args('id', { type: () => ID }) id: string): Promise<Attachment> {
    const found = await this.store.find(id);
    if (!found || !(await this.access.allows(RequestContexts.require().principal, found)))
      throw notFound('첨부파일', 'Attachment');
    return found;
  }
}
