import { Inject } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AddVocAttachmentsArgs, VocItem } from '../petitions';
import { VocAttachmentAdding } from './voc-attachment-adding';

@Resolver()
export class VocAttachmentResolver {
  constructor(@Inject(VocAttachmentAdding) private readonly adding: VocAttachmentAdding) {}

  @Mutation(() => VocItem, {
    description:
      '접수된 민원에 첨부파일 추가 (POST /attachments로 올린 파일; 접수 창구 또는 그 민원을 처리할 수 있는 사람; 감사 기록)',
  })
  addVocAttachments(@Args() { id, attachmentIds }: AddVocAttachmentsArgs): Promise<VocItem> {
    return this.adding.add(id, attachmentIds);
  }
}
