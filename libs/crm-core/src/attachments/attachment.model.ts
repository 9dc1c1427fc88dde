import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

/** Where a file is downloaded: GET with a bearer token of the tenant and the owner's access rule. */
export const ATTACHMENTS_PATH = '/attachments';

export interface AttachmentRow {
  id: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  storage_key: string;
  uploaded_by: string;
  uploaded_by_subject: string;
  created_at: Date;
  owner_type: string | null;
  owner_id: string | null;
}

@ObjectType({ description: '첨부파일 (An uploaded file; its content is served at downloadPath)' })
export class Attachment {
  @Field(() => ID)
  id!: string;

  @Field({ description: '파일 이름 (cleaned of path parts and control characters)' })
  fileName!: string;

  @Field({ description: 'Media type sniffed from the content' })
  mediaType!: string;

  @Field(() => Int)
  sizeBytes!: number;

  @Field({ description: 'SHA-256 of the content, hex' })
  sha256!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field({ description: 'GET this path with a bearer token to download the file' })
  downloadPath!: string;

  /** Not in GraphQL: whose it is once claimed (owner capabilities know their own). */
  ownerType!: string | null;
  ownerId!: string | null;
}

export const toAttachment = (r: AttachmentRow): Attachment => ({
  id: r.id,
  fileName: r.file_name,
  mediaType: r.media_type,
  sizeBytes: r.size_bytes,
  sha256: r.sha256,
  createdAt: r.created_at,
  downloadPath: `${ATTACHMENTS_PATH}/${r.id}`,
  ownerType: r.owner_type,
  ownerId: r.owner_id,
});
