import { randomUUID } from 'node:crypto';

type OwnerQuery = (text: string, params: unknown[]) => Promise<unknown>;

/** A one-row CSV upload of `tenant` stored `daysAgo` days ago, written as the owner; returns its id. */
export async function insertAgedUpload(owner: OwnerQuery, tenant: string, daysAgo: number): Promise<string> {
  const id = randomUUID();
  await owner(
    `INSERT INTO customer_import_uploads (tenant_id, id, file_name, format, detected_encoding, byte_size,
       row_count, content, uploaded_by, uploaded_by_subject, created_at)
     VALUES ($1, $2, 'old.csv', 'CSV', 'UTF8', 12, 1, convert_to('이름\n홍길동\n', 'UTF8'), '시험', 'sub',
             now() - make_interval(days => $3))`,
    [tenant, id, daysAgo],
  );
  return id;
}
