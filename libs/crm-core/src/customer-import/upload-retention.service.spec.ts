import { randomUUID } from 'node:crypto';
import { serviceTestbed, type ServiceTestbed } from '../../test/service-testbed';
import { insertAgedUpload } from '../../test/import-uploads';
import { CustomerImportService } from './customer-import.service';
import { UploadRetentionService } from './upload-retention';

/**
 * Uploaded files hold residents' personal data: the nightly purge empties those past the retention, keeps
 * any a batch still needs, records each in the audit trail, and a purged upload answers with a clear error.
 */
let bed: ServiceTestbed;
let retention: UploadRetentionService;
let other: ServiceTestbed;

beforeAll(async () => {
  [bed, other] = await Promise.all([
    serviceTestbed('upload retention'),
    serviceTestbed('upload retention 2'),
  ]);
  retention = bed.get(UploadRetentionService);
});
afterAll(() => Promise.all([bed.close(), other.close()]));

/** An upload of `tenant` made `daysAgo` days ago; with a batch whose job is in `jobState` when given. */
async function upload(tenant: string, daysAgo: number, jobState?: string): Promise<string> {
  const id = await insertAgedUpload((text, params) => bed.owner(text, params), tenant, daysAgo);
  if (jobState) {
    const jobId = randomUUID();
    await bed.owner(
      `INSERT INTO jobs (tenant_id, id, kind, state, requested_by, requested_by_subject, max_attempts)
       VALUES ($1, $2, 'customer-import', $3, '시험', 'sub', 4)`,
      [tenant, jobId, jobState],
    );
    await bed.owner(
      `INSERT INTO customer_import_batches (tenant_id, id, job_id, upload_id, source, file_name, format, mapping,
         requested_by, requested_by_subject)
       VALUES ($1, $2, $3, $4, '시험', 'old.csv', 'CSV', '[]', '시험', 'sub')`,
      [tenant, randomUUID(), jobId, id],
    );
  }
  return id;
}

const kept = async (id: string) =>
  (
    await bed.owner<{ kept: boolean; purged: boolean }>(
      `SELECT content IS NOT NULL AS kept, purged_at IS NOT NULL AS purged FROM customer_import_uploads WHERE id = $1`,
      [id],
    )
  )[0];

it('empties the tenant’s uploads past the retention, keeps newer ones and those a batch still needs', async () => {
  const old = await upload(bed.tenant.code, 8);
  const done = await upload(bed.tenant.code, 30, 'completed');
  const fresh = await upload(bed.tenant.code, 6);
  const running = await upload(bed.tenant.code, 9, 'running');
  const retrying = await upload(bed.tenant.code, 9, 'retrying');
  const otherTenants = await upload(other.tenant.code, 8);

  expect(await bed.scope(() => retention.purge())).toBe(2);

  expect(await kept(old)).toEqual({ kept: false, purged: true });
  expect(await kept(done)).toEqual({ kept: false, purged: true });
  for (const id of [fresh, running, retrying]) expect(await kept(id)).toEqual({ kept: true, purged: false });
  // Row-level security: the purge of one tenant never touches another's uploads.
  expect(await kept(otherTenants)).toEqual({ kept: true, purged: false });

  const audit = await bed.owner<{ entity_id: string; after: unknown }>(
    `SELECT entity_id, after FROM audit_events
      WHERE tenant_id = $1 AND action = 'purge' AND entity = 'customer_import_upload' ORDER BY entity_id`,
    [bed.tenant.code],
  );
  expect(audit).toEqual(
    [old, done].sort().map((id) => ({ entity_id: id, after: { fileName: 'old.csv', retentionDays: 7 } })),
  );
  // Nothing left to purge: a second run changes nothing.
  expect(await bed.scope(() => retention.purge())).toBe(0);
});

it('answers a preview of a purged upload with a clear error, not a parse failure', async () => {
  const old = await upload(bed.tenant.code, 10);
  await bed.scope(() => retention.purge());
  const imports = bed.get(CustomerImportService);
  await expect(bed.scope(() => imports.preview({ uploadId: old, source: '시험' }))).rejects.toMatchObject({
    message: '올린 파일은 7일 보관 후 개인정보 보호를 위해 삭제되었습니다. 파일을 다시 올려 주십시오.',
    extensions: { code: 'BAD_REQUEST', field: 'uploadId' },
  });
});

it('keeps the purged content out of reach of the runtime role’s other writes', async () => {
  const old = await upload(bed.tenant.code, 10);
  // The runtime role may update only the two columns of the purge.
  await expect(
    bed.scope(() =>
      bed.sql().query(`UPDATE customer_import_uploads SET file_name = 'x.csv' WHERE id = $1`, [old]),
    ),
  ).rejects.toThrow(/permission denied/);
});
