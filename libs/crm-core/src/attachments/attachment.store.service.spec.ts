import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { Role, type Principal } from '@pcrm/tenancy';
import { FILES } from '../../test/attachment-files';
import { serviceTestbed, type ServiceTestbed } from '../../test/service-testbed';
import { AttachmentAccess } from './attachment-access';
import { AttachmentUploads, residentUploader } from './attachment-uploads';
import { AttachmentStore } from './attachment.store';
import type { Attachment } from './attachment.model';

/**
 * Claims in the owner's transaction (NOT_FOUND / CONFLICT change nothing, another tenant's id is not
 * found), the owners' lists, the access rule registry, and the resident upload path (same checks).
 */
let bed: ServiceTestbed;
let other: ServiceTestbed;

beforeAll(async () => {
  [bed, other] = await Promise.all([serviceTestbed('attachments'), serviceTestbed('attachments 2')]);
});
afterAll(() => Promise.all([bed.close(), other.close()]));

/** A multipart request carrying `files`, as the HTTP server would hand it over. */
function multipartRequest(files: { name: string; content: Buffer }[]): IncomingMessage {
  const boundary = `b${randomUUID()}`;
  const body = Buffer.concat([
    ...files.flatMap((f) => [
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${f.name}"\r\n\r\n`,
      ),
      f.content,
      Buffer.from('\r\n'),
    ]),
    Buffer.from(`--${boundary}--\r\n`),
  ]);
  return Object.assign(Readable.from([body]), {
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  }) as unknown as IncomingMessage;
}

const upload = (testbed: ServiceTestbed, names: string[], roles: string[] = [Role.Officer]) =>
  testbed.scope(async () => {
    const received = await testbed
      .get(AttachmentUploads)
      .receive(multipartRequest(names.map((name) => ({ name, content: FILES.pdf }))));
    return received.attachments;
  }, roles);

const ownerOf = async (id: string) =>
  (
    await bed.owner<{ owner_type: string | null; owner_id: string | null }>(
      `SELECT owner_type, owner_id FROM attachments WHERE id = $1`,
      [id],
    )
  )[0];

const claim = (ids: string[], ownerId: string, testbed = bed) =>
  testbed.scope(() => testbed.get(AttachmentStore).claim(ids, { ownerType: 'voc', ownerId }));

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: { extensions?: { code: string } }) => error.extensions?.code,
  );

describe('claim', () => {
  it('gives unclaimed uploads to their owner, audited, and the owner lists them', async () => {
    const [a, b] = await upload(bed, ['a.pdf', 'b.pdf']);
    const owner = `V-${randomUUID()}`;
    const claimed = await claim([a.id, b.id, a.id], owner);
    expect(claimed.map((x: Attachment) => x.id).sort()).toEqual([a.id, b.id].sort());
    expect(await ownerOf(a.id)).toEqual({ owner_type: 'voc', owner_id: owner });
    const lists = await bed.scope(() => bed.get(AttachmentStore).listFor('voc', [owner, 'nobody', owner]));
    expect(lists.map((l) => l.map((x) => x.fileName))).toEqual([['a.pdf', 'b.pdf'], [], ['a.pdf', 'b.pdf']]);
    const audit = await bed.owner(
      `SELECT action, after FROM audit_events WHERE entity = 'attachment' AND entity_id = $1 ORDER BY occurred_at`,
      [a.id],
    );
    expect(audit.map((r) => r.action)).toEqual(['create', 'update']);
  });

  it('refuses an id already claimed (CONFLICT) and changes nothing, not even the other ids', async () => {
    const [a] = await upload(bed, ['a.pdf']);
    const [fresh] = await upload(bed, ['fresh.pdf']);
    await claim([a.id], 'V-first');
    expect(await codeOf(claim([fresh.id, a.id], 'V-second'))).toBe('CONFLICT');
    expect(await ownerOf(a.id)).toEqual({ owner_type: 'voc', owner_id: 'V-first' });
    expect(await ownerOf(fresh.id)).toEqual({ owner_type: null, owner_id: null });
  });

  it('refuses unknown, malformed and another tenant’s ids (NOT_FOUND) and changes nothing', async () => {
    const [mine] = await upload(bed, ['mine.pdf']);
    const [theirs] = await upload(other, ['theirs.pdf']);
    for (const ids of [[randomUUID()], ['not-an-id'], [mine.id, theirs.id]])
      expect(await codeOf(claim(ids, 'V-x'))).toBe('NOT_FOUND');
    expect(await ownerOf(mine.id)).toEqual({ owner_type: null, owner_id: null });
    const [row] = await other.owner(`SELECT owner_type FROM attachments WHERE id = $1`, [theirs.id]);
    expect(row).toEqual({ owner_type: null });
  });

  it('runs in the owner’s transaction: when the owner’s change fails, nothing is claimed', async () => {
    const [a] = await upload(bed, ['a.pdf']);
    const failed = bed.scope(async () => {
      await bed.get(AttachmentStore).claim([a.id], { ownerType: 'voc', ownerId: 'V-rolled-back' });
      throw new Error('the owner’s own write failed');
    });
    await expect(failed).rejects.toThrow('the owner’s own write failed');
    expect(await ownerOf(a.id)).toEqual({ owner_type: null, owner_id: null });
  });

  it('refuses a malformed owner type (BAD_USER_INPUT)', async () => {
    const [a] = await upload(bed, ['a.pdf']);
    const bad = bed.scope(() => bed.get(AttachmentStore).claim([a.id], { ownerType: 'VOC!', ownerId: '1' }));
    expect(await codeOf(bad)).toBe('BAD_USER_INPUT');
  });
});

describe('access rules', () => {
  const who = (subject: string, roles: string[]): Principal => ({
    realm: bed.tenant.code,
    tenantId: bed.tenant.code,
    subject,
    username: subject,
    name: null,
    roles,
    clientId: null,
  });

  it('asks the owner type’s rule; no rule refuses; unclaimed is for its uploader only', async () => {
    const access = bed.get(AttachmentAccess);
    const seen: [string, string][] = [];
    access.register('svc-test-case', async (principal, ownerId) => {
      seen.push([principal.subject, ownerId]);
      return principal.roles.includes(Role.Manager);
    });
    const claimed = { ownerType: 'svc-test-case', ownerId: 'C-1', uploadedBySubject: 'u' };
    expect(await access.allows(who('m', [Role.Manager]), claimed)).toBe(true);
    expect(await access.allows(who('o', [Role.Officer]), claimed)).toBe(false);
    expect(seen).toEqual([
      ['m', 'C-1'],
      ['o', 'C-1'],
    ]);
    const noRule = { ownerType: 'svc-no-rule', ownerId: 'C-1', uploadedBySubject: 'm' };
    expect(await access.allows(who('m', [Role.Manager]), noRule)).toBe(false);
    const unclaimed = { ownerType: null, ownerId: null, uploadedBySubject: 'u' };
    expect(await access.allows(who('u', []), unclaimed)).toBe(true);
    expect(await access.allows(who('m', [Role.Manager]), unclaimed)).toBe(false);
    expect(() => access.register('svc-test-case', async () => true)).toThrow(/twice/);
  });
});

describe('resident uploads', () => {
  it('go through the same checks, and no token can fetch them before they are claimed', async () => {
    const uploads = bed.get(AttachmentUploads);
    const resident = residentUploader(bed.tenant.code);
    const [a] = await bed.scopeAs(
      resident,
      async () =>
        (await uploads.receive(multipartRequest([{ name: '민원사진.png', content: FILES.png }]))).attachments,
    );
    const [row] = await bed.owner(`SELECT uploaded_by, uploaded_by_subject FROM attachments WHERE id = $1`, [
      a.id,
    ]);
    expect(row.uploaded_by).toBe('민원인');
    expect(row.uploaded_by_subject).toMatch(/^resident:[0-9a-f-]{36}$/);
    expect(residentUploader(bed.tenant.code).subject).not.toBe(resident.subject);

    const before = await bed.owner(`SELECT count(*)::int AS n FROM attachments`);
    const refused = bed.scopeAs(residentUploader(bed.tenant.code), () =>
      uploads.receive(multipartRequest([{ name: 'invoice.pdf', content: FILES.exe }])),
    );
    await expect(refused).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', reason: 'CONTENT_MISMATCH' },
    });
    expect(await bed.owner(`SELECT count(*)::int AS n FROM attachments`)).toEqual(before);
  });
});
