import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { FILES } from '../../../libs/crm-core/test/attachment-files';
import { gql, userToken } from './support/api';
import {
  downloadAttachment,
  streamOversizedUpload,
  uploadFiles,
  type UploadAnswer,
  type UploadFile,
} from './support/attachments';
import { inTenant, roleClients } from './support/runtime-role';
import { fireTenantSchedule, registeredSchedule } from './support/tenant-schedules';

/**
 * Attachments end to end: POST /attachments (multipart, sniffed types, limits, cleaned names), files on the
 * server's disk by id under the tenant, GET /attachments/:id with the access rules and the access log, the
 * tenant wall through the API and at the database, and the nightly purge of unclaimed uploads.
 */
const db = roleClients();
const tokens = {} as Record<'seoulOfficer' | 'seoulManager' | 'busanAdmin' | 'ministry', string>;
const MB = 1024 * 1024;

beforeAll(async () => {
  [tokens.seoulOfficer, tokens.seoulManager, tokens.busanAdmin, tokens.ministry] = await Promise.all([
    userToken('seoul', 'officer'),
    userToken('seoul', 'manager'),
    userToken('busan', 'admin'),
    userToken('ministry', 'analyst'),
  ]);
});

const attachmentsDir = (): string => join(process.env.PCRM_TEST_DATA_DIR!, 'attachments');
const tenantDir = (tenant: string): string => join(attachmentsDir(), tenant);
const filesOf = async (tenant: string): Promise<string[]> =>
  existsSync(tenantDir(tenant)) ? (await readdir(tenantDir(tenant))).sort() : [];
const rowCount = async (tenant: string): Promise<number> =>
  (await db.owner.query(`SELECT count(*)::int AS n FROM attachments WHERE tenant_id = $1`, [tenant])).rows[0]
    .n;

const ATTACHMENT = `query($id: ID!) { attachment(id: $id) { id fileName mediaType sizeBytes sha256 downloadPath } }`;

async function uploadOne(token: string, file: UploadFile) {
  const answer = await uploadFiles(token, [file]);
  expect(answer).toMatchObject({ status: 201 });
  return answer.attachments![0];
}

describe('upload', () => {
  it('stores every allowed kind by id under the tenant, with the sniffed type, size and SHA-256', async () => {
    const files: [UploadFile, string][] = [
      [{ name: '민원서류.pdf', content: FILES.pdf }, 'application/pdf'],
      [{ name: '현장사진.jpg', content: FILES.jpeg }, 'image/jpeg'],
      [{ name: '도면.png', content: FILES.png }, 'image/png'],
      [{ name: 'a.gif', content: FILES.gif }, 'image/gif'],
      [{ name: 'a.webp', content: FILES.webp }, 'image/webp'],
      [{ name: '공문.hwp', content: FILES.hwp }, 'application/x-hwp'],
      [{ name: '공문.hwpx', content: FILES.hwpx }, 'application/hwp+zip'],
      [
        { name: '요청서.docx', content: FILES.docx },
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ],
      [
        { name: '목록.xlsx', content: FILES.xlsx },
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ],
      [
        { name: '발표.pptx', content: FILES.pptx },
        'application/vnd.openxmlformats-officedocument.presentationml.presentation',
      ],
      [{ name: '메모.txt', content: FILES.txt }, 'text/plain; charset=utf-8'],
    ];
    const uploaded = [];
    for (let i = 0; i < files.length; i += 5) {
      // The browser's type is ignored: the content decides.
      const batch = files.slice(i, i + 5).map(([f]) => ({ ...f, type: 'application/octet-stream' }));
      const answer = await uploadFiles(tokens.seoulOfficer, batch);
      expect(answer.status).toBe(201);
      uploaded.push(...answer.attachments!);
    }
    expect(uploaded.map((a) => [a.fileName, a.mediaType])).toEqual(files.map(([f, type]) => [f.name, type]));
    for (const [i, a] of uploaded.entries()) {
      const content = files[i][0].content;
      expect(a).toMatchObject({
        sizeBytes: content.length,
        sha256: createHash('sha256').update(content).digest('hex'),
        downloadPath: `/attachments/${a.id}`,
      });
      // On disk under <dir>/<tenant>/<id>, never under the uploader's name.
      expect(await readFile(join(tenantDir('seoul'), a.id))).toEqual(content);
    }
    const { rows } = await db.owner.query(
      `SELECT tenant_id, file_name, storage_key, uploaded_by, owner_type, owner_id FROM attachments
        WHERE id = ANY($1) ORDER BY created_at, file_name`,
      [uploaded.map((a) => a.id)],
    );
    expect(rows).toHaveLength(files.length);
    for (const r of rows)
      expect(r).toMatchObject({
        tenant_id: 'seoul',
        owner_type: null,
        owner_id: null,
        uploaded_by: expect.any(String),
      });
    expect(new Set(rows.map((r) => r.storage_key))).toEqual(new Set(uploaded.map((a) => `seoul/${a.id}`)));
    expect((await filesOf('seoul')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('cleans names: path parts, NUL and invisible characters go; the file on disk is named by id', async () => {
    const answer = await uploadFiles(tokens.seoulOfficer, [
      { name: '../../etc/passwd.txt', content: FILES.txt },
      { name: '..\\..\\boot.ini.txt', content: FILES.txt },
      { name: 'a\u0000b.pdf', content: FILES.pdf, encodedName: true },
      { name: 'report\u200B\u202Dx.pdf', content: FILES.pdf },
    ]);
    expect(answer).toMatchObject({ status: 201 });
    expect(answer.attachments!.map((a) => a.fileName)).toEqual([
      'passwd.txt',
      'boot.ini.txt',
      'ab.pdf',
      'reportx.pdf',
    ]);
    for (const name of await filesOf('seoul')) expect(name).toMatch(/^[0-9a-f-]{36}$/);
    expect(existsSync(join(attachmentsDir(), 'etc'))).toBe(false);
  });

  it('accepts a file of exactly 10 MB', async () => {
    const content = Buffer.concat([FILES.pdf, Buffer.alloc(10 * MB - FILES.pdf.length, 0x20)]);
    const a = await uploadOne(tokens.seoulOfficer, { name: 'big.pdf', content });
    expect(a.sizeBytes).toBe(10 * MB);
  });
});

describe('refused uploads change nothing', () => {
  const exeAsPdf = { name: 'invoice.pdf', content: FILES.exe };
  it.each<[string, () => UploadFile[], number, string, string]>([
    ['an executable renamed .pdf', () => [exeAsPdf], 400, 'BAD_USER_INPUT', 'CONTENT_MISMATCH'],
    [
      'an executable',
      () => [{ name: 'setup.exe', content: FILES.exe }],
      400,
      'BAD_USER_INPUT',
      'TYPE_NOT_ALLOWED',
    ],
    [
      'an RTL override hiding .exe',
      () => [{ name: 'invoice\u202Efdp.exe', content: FILES.exe }],
      400,
      'BAD_USER_INPUT',
      'TYPE_NOT_ALLOWED',
    ],
    [
      'an HWPX named .hwp',
      () => [{ name: '공문.hwp', content: FILES.hwpx }],
      400,
      'BAD_USER_INPUT',
      'CONTENT_MISMATCH',
    ],
    [
      'an HWP named .hwpx',
      () => [{ name: '공문.hwpx', content: FILES.hwp }],
      400,
      'BAD_USER_INPUT',
      'CONTENT_MISMATCH',
    ],
    [
      'a plain ZIP named .docx',
      () => [{ name: 'a.docx', content: FILES.zip }],
      400,
      'BAD_USER_INPUT',
      'CONTENT_MISMATCH',
    ],
    [
      'an empty file',
      () => [{ name: 'a.pdf', content: Buffer.alloc(0) }],
      400,
      'BAD_USER_INPUT',
      'EMPTY_FILE',
    ],
    [
      'a name with nothing usable',
      () => [{ name: '\u202E', content: FILES.pdf }],
      400,
      'BAD_USER_INPUT',
      'BAD_FILE_NAME',
    ],
    [
      'six files',
      () => Array.from({ length: 6 }, (_, i) => ({ name: `${i}.pdf`, content: FILES.pdf })),
      400,
      'BAD_USER_INPUT',
      'TOO_MANY_FILES',
    ],
    [
      'a good file followed by a bad one (the good one is not kept)',
      () => [{ name: 'good.pdf', content: FILES.pdf }, exeAsPdf],
      400,
      'BAD_USER_INPUT',
      'CONTENT_MISMATCH',
    ],
    [
      'a file of 10 MB and one byte',
      () => [
        {
          name: 'big.pdf',
          content: Buffer.concat([FILES.pdf, Buffer.alloc(10 * MB + 1 - FILES.pdf.length)]),
        },
      ],
      413,
      'PAYLOAD_TOO_LARGE',
      'FILE_TOO_LARGE',
    ],
    ['no file', () => [], 400, 'BAD_USER_INPUT', 'NO_FILE'],
    [
      'a raw NUL in the part header (malformed multipart)',
      () => [{ name: 'a\u0000b.pdf', content: FILES.pdf }],
      400,
      'BAD_USER_INPUT',
      'NOT_MULTIPART',
    ],
  ])('%s', async (_what, files, status, code, reason) => {
    const [rowsBefore, filesBefore] = [await rowCount('seoul'), await filesOf('seoul')];
    const answer: UploadAnswer = await uploadFiles(tokens.seoulOfficer, files());
    expect(answer.status).toBe(status);
    const [error] = answer.errors!;
    expect(error.extensions).toMatchObject({ code, reason, field: 'files' });
    expect(error.message).toMatch(/[가-힣]/);
    expect(error.extensions.messageEn).toMatch(/[a-z]/);
    expect(await rowCount('seoul')).toBe(rowsBefore);
    expect(await filesOf('seoul')).toEqual(filesBefore);
  });

  it('a body that is not multipart is refused', async () => {
    const res = await fetch(`${process.env.PCRM_BASE_URL}/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.seoulOfficer}`, 'content-type': 'application/pdf' },
      body: FILES.pdf,
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as UploadAnswer).errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'NOT_MULTIPART',
    });
  });

  it('an endless file is refused once it passes 10 MB, without the server reading all of it', async () => {
    const rowsBefore = await rowCount('seoul');
    const { status, sentBytes, body } = await streamOversizedUpload(tokens.seoulOfficer, 300 * MB);
    expect(status).toBe(413);
    expect(JSON.parse(body).errors[0].extensions).toMatchObject({ reason: 'FILE_TOO_LARGE' });
    // The answer came while the client was still sending: the server stopped at the limit.
    expect(sentBytes).toBeLessThan(80 * MB);
    expect(await rowCount('seoul')).toBe(rowsBefore);
  });

  it('a declared body beyond 5 × 10 MB is refused before it is read', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(new URL('/attachments', process.env.PCRM_BASE_URL), {
        method: 'POST',
        headers: {
          authorization: `Bearer ${tokens.seoulOfficer}`,
          'content-type': 'multipart/form-data; boundary=x',
          'content-length': String(51 * MB),
        },
      });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
        req.destroy();
      });
      req.on('error', reject);
      req.flushHeaders(); // headers only: the answer must not wait for the body
    });
    expect(status).toBe(413);
  });

  it('needs a tenant token with the upload permission', async () => {
    expect(await uploadFiles(null, [{ name: 'a.pdf', content: FILES.pdf }])).toMatchObject({ status: 401 });
    const ministry = await uploadFiles(tokens.ministry, [{ name: 'a.pdf', content: FILES.pdf }]);
    expect(ministry).toMatchObject({ status: 403 });
    expect(ministry.errors![0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('download', () => {
  it('serves the uploader its unclaimed upload: bytes, sniffed type, RFC 5987 name, nosniff, access log', async () => {
    const a = await uploadOne(tokens.seoulOfficer, { name: '현장 사진 (1).png', content: FILES.png });
    const purpose = '민원 처리 확인';
    const res = await downloadAttachment(tokens.seoulOfficer, a.id, {
      'x-pcrm-purpose': encodeURIComponent(purpose),
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual(FILES.png);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="__ __ (1).png"; filename*=UTF-8''${encodeURIComponent('현장 사진 ').replace(/'/g, '%27')}%281%29.png`,
    );
    const { rows } = await db.owner.query(
      `SELECT tenant_id, actor, entity, fields, purpose, operation FROM access_log WHERE record_id = $1`,
      [a.id],
    );
    expect(rows).toEqual([
      {
        tenant_id: 'seoul',
        actor: 'officer',
        entity: 'attachment',
        fields: ['content'],
        purpose,
        operation: 'GET /attachments/:id',
      },
    ]);
    const viaGraphql = await gql(tokens.seoulOfficer, ATTACHMENT, { id: a.id });
    expect(viaGraphql.data?.attachment).toMatchObject({ id: a.id, fileName: '현장 사진 (1).png' });
  });

  it('refuses an unclaimed upload to anyone but its uploader, and a claimed one whose owner type has no rule', async () => {
    const a = await uploadOne(tokens.seoulOfficer, { name: 'a.pdf', content: FILES.pdf });
    expect((await downloadAttachment(tokens.seoulManager, a.id)).status).toBe(404);
    expect((await gql(tokens.seoulManager, ATTACHMENT, { id: a.id })).errors?.[0].extensions.code).toBe(
      'NOT_FOUND',
    );
    await db.owner.query(
      `UPDATE attachments SET owner_type = 'no-rule-here', owner_id = 'x', claimed_at = now() WHERE id = $1`,
      [a.id],
    );
    expect((await downloadAttachment(tokens.seoulOfficer, a.id)).status).toBe(404);
    const logged = await db.owner.query(`SELECT 1 FROM access_log WHERE record_id = $1`, [a.id]);
    expect(logged.rows).toEqual([]);
  });

  it('a record whose file is gone from the disk is 404, not a broken answer', async () => {
    const a = await uploadOne(tokens.seoulOfficer, { name: 'gone.pdf', content: FILES.pdf });
    await rm(join(tenantDir('seoul'), a.id));
    expect((await downloadAttachment(tokens.seoulOfficer, a.id)).status).toBe(404);
  });

  it('malformed and unknown ids are 404', async () => {
    for (const id of ['not-a-uuid', randomUUID(), '../../etc/passwd'])
      expect((await downloadAttachment(tokens.seoulOfficer, id)).status).toBe(404);
  });
});

describe('another tenant', () => {
  it('cannot read a seoul attachment through the API: 404 and nothing about it', async () => {
    const a = await uploadOne(tokens.seoulOfficer, { name: '서울비밀.pdf', content: FILES.pdf });
    const res = await downloadAttachment(tokens.busanAdmin, a.id);
    expect(res.status).toBe(404);
    expect(res.body.toString()).not.toContain('서울비밀');
    const viaGraphql = await gql(tokens.busanAdmin, ATTACHMENT, { id: a.id });
    expect(viaGraphql.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect(JSON.stringify(viaGraphql)).not.toContain('서울비밀');
    expect((await downloadAttachment(tokens.ministry, a.id)).status).toBe(404);
  });

  it('cannot see or change it at the database (RLS as the runtime role)', async () => {
    const a = await uploadOne(tokens.seoulOfficer, { name: 'rls.pdf', content: FILES.pdf });
    await inTenant(db.app, 'busan', async () => {
      expect((await db.app.query(`SELECT id FROM attachments WHERE id = $1`, [a.id])).rows).toEqual([]);
      const update = await db.app.query(
        `UPDATE attachments SET owner_type = 'voc', owner_id = '1', claimed_at = now() WHERE id = $1`,
        [a.id],
      );
      expect(update.rowCount).toBe(0);
      expect((await db.app.query(`DELETE FROM attachments WHERE id = $1`, [a.id])).rowCount).toBe(0);
      await expect(
        db.app.query(
          `INSERT INTO attachments (tenant_id, id, file_name, media_type, size_bytes, sha256, storage_key,
             uploaded_by, uploaded_by_subject) VALUES ('seoul', gen_random_uuid(), 'x.pdf', 'application/pdf', 1,
             repeat('a', 64), 'seoul/x', 'x', 'x')`,
        ),
      ).rejects.toThrow(/row-level security/);
    });
    await inTenant(db.app, 'seoul', async () => {
      expect((await db.app.query(`SELECT id FROM attachments WHERE id = $1`, [a.id])).rows).toHaveLength(1);
    });
    const { rows } = await db.owner.query(`SELECT owner_type FROM attachments WHERE id = $1`, [a.id]);
    expect(rows).toEqual([{ owner_type: null }]);
  });
});

describe('nightly purge', () => {
  it('is registered as a pg-boss cron schedule: every night at 03:10 Korean time', async () => {
    expect(await registeredSchedule(db.owner, 'attachment-purge')).toEqual([
      { cron: '10 3 * * *', timezone: 'Asia/Seoul' },
    ]);
  });

  /** An attachment row of `tenant` made `hoursAgo` hours ago, with its file on the server's disk. */
  async function aged(tenant: string, hoursAgo: number, owner: string | null): Promise<string> {
    const id = randomUUID();
    await mkdir(tenantDir(tenant), { recursive: true });
    await writeFile(join(tenantDir(tenant), id), FILES.pdf);
    await db.owner.query(
      `INSERT INTO attachments (tenant_id, id, file_name, media_type, size_bytes, sha256, storage_key, uploaded_by,
         uploaded_by_subject, created_at, owner_type, owner_id, claimed_at)
       VALUES ($1, $2, 'old.pdf', 'application/pdf', $3, repeat('0', 64), $7, '시험', 'sub',
               now() - make_interval(hours => $4), $5, $6, CASE WHEN $5::text IS NULL THEN NULL ELSE now() END)`,
      [tenant, id, FILES.pdf.length, hoursAgo, owner === null ? null : 'voc', owner, `${tenant}/${id}`],
    );
    return id;
  }

  /** A file in `tenant`'s folder with no row, last written `hoursAgo` hours ago (an upload that never committed). */
  async function stray(tenant: string, name: string, hoursAgo: number): Promise<string> {
    const path = join(tenantDir(tenant), name);
    await mkdir(tenantDir(tenant), { recursive: true });
    await writeFile(path, FILES.pdf);
    const at = new Date(Date.now() - hoursAgo * 3_600_000);
    await utimes(path, at, at);
    return path;
  }

  it('deletes every tenant’s uploads unclaimed for over a day, files included, and files left without a record; keeps the rest', async () => {
    const expired = { seoul: await aged('seoul', 25, null), jeju: await aged('jeju', 48, null) };
    const claimed = await aged('seoul', 72, 'V-1');
    const fresh = await aged('seoul', 23, null);
    // Files without a row: an upload whose commit never happened, and a write interrupted half-way.
    const orphan = await stray('seoul', randomUUID(), 30);
    const partial = await stray('jeju', `${randomUUID()}.${randomUUID()}.tmp`, 30);
    const youngOrphan = await stray('seoul', randomUUID(), 1);
    const foreign = await stray('seoul', 'notes.txt', 30);
    // Another tenant's attachment id in seoul's folder is no seoul attachment: the sweep checks within the tenant.
    const jejuClaimed = await aged('jeju', 72, 'V-2');
    const misplaced = await stray('seoul', jejuClaimed, 30);

    const { tenants, jobs } = await fireTenantSchedule(db.owner, 'attachment-purge');
    expect(jobs.map((j) => j.tenant_id)).toEqual(tenants);

    const { rows } = await db.owner.query<{ id: string }>(`SELECT id FROM attachments WHERE id = ANY($1)`, [
      [expired.seoul, expired.jeju, claimed, fresh],
    ]);
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set([claimed, fresh]));
    expect(existsSync(join(tenantDir('seoul'), expired.seoul))).toBe(false);
    expect(existsSync(join(tenantDir('jeju'), expired.jeju))).toBe(false);
    expect(existsSync(join(tenantDir('seoul'), claimed))).toBe(true);
    expect(existsSync(join(tenantDir('seoul'), fresh))).toBe(true);
    expect(existsSync(orphan)).toBe(false);
    expect(existsSync(partial)).toBe(false);
    expect(existsSync(misplaced)).toBe(false);
    expect(existsSync(join(tenantDir('jeju'), jejuClaimed))).toBe(true);
    expect(existsSync(youngOrphan)).toBe(true);
    expect(existsSync(foreign)).toBe(true);
    const audit = await db.owner.query(
      `SELECT tenant_id, action FROM audit_events WHERE entity = 'attachment' AND entity_id = ANY($1)
        ORDER BY tenant_id`,
      [[expired.seoul, expired.jeju]],
    );
    expect(audit.rows).toEqual([
      { tenant_id: 'jeju', action: 'purge' },
      { tenant_id: 'seoul', action: 'purge' },
    ]);
  }, 120_000);
});
