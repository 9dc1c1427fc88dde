import ExcelJS from 'exceljs';
import { Client } from 'pg';
import { householdKey } from '../../../libs/crm-core/src/customer-keys';
import { gql, userToken } from './support/api';
import {
  BATCH,
  PREVIEW,
  START,
  XLSX_TYPE,
  cp949,
  freshMobile,
  importFile,
  upload,
} from './support/customer-import';
import { waitForJob } from './support/jobs';
import { insertCustomers, uniqueWord } from './support/owner-customers';

/** Import of acquired customers end to end: upload, preview, batch job, matching, review queue, undo. */
let owner: Client;
const tokens = {} as Record<'seoulAdmin' | 'seoulOfficer' | 'busanAdmin', string>;

beforeAll(async () => {
  owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  await owner.connect();
  [tokens.seoulAdmin, tokens.seoulOfficer, tokens.busanAdmin] = await Promise.all([
    userToken('seoul', 'admin'),
    userToken('seoul', 'officer'),
    userToken('busan', 'admin'),
  ]);
});

afterAll(async () => {
  await owner.end();
});

const ROAD = '서울특별시 강남구 테헤란로 152';

/** An existing seoul customer with an address, an e-mail and a contact in its timeline. */
async function existing(c: {
  name: string;
  mobile?: string;
  birthDate?: string;
  email?: string;
  eupmyeondong?: string;
}): Promise<string> {
  const [id] = await insertCustomers(owner, 'seoul', [
    { name: c.name, mobile: c.mobile, birthDate: c.birthDate, sigungu: '강남구' },
  ]);
  await owner.query(
    `UPDATE customers SET sido = '서울특별시', eupmyeondong = $2, road_address = $3, household_key = $4 WHERE id = $1`,
    [id, c.eupmyeondong ?? '역삼동', ROAD, householdKey({ roadAddress: ROAD, addressDetail: `${c.name}호` })],
  );
  if (c.email)
    await owner.query(
      `INSERT INTO customer_emails (tenant_id, customer_id, address, is_primary) VALUES ('seoul', $1, $2, true)`,
      [id, c.email],
    );
  await owner.query(
    `INSERT INTO contact_history (tenant_id, customer_id, channel, direction, occurred_at, summary, origin_customer_id, created_by)
     VALUES ('seoul', $1, 'PHONE', 'INBOUND', now(), '기존 상담', $1, 'spec')`,
    [id],
  );
  return id;
}

const customersOf = async (batchId: string) =>
  (
    await owner.query(
      `SELECT id, name, status, merged_into_id, kind, source, birth_date::text AS birth, household_key, search_grams
       FROM customers WHERE tenant_id = 'seoul' AND import_batch_id = $1 ORDER BY customer_no`,
      [batchId],
    )
  ).rows;

const phonesOf = async (customerId: string) =>
  (
    await owner.query(`SELECT digits FROM customer_phones WHERE customer_id = $1 ORDER BY digits`, [
      customerId,
    ])
  ).rows.map((r) => r.digits);

const emailsOf = async (customerId: string) =>
  (
    await owner.query(`SELECT normalized FROM customer_emails WHERE customer_id = $1 ORDER BY 1`, [
      customerId,
    ])
  ).rows.map((r) => r.normalized);

describe('a CP949 CSV with creates, exact merges, an in-file duplicate and fuzzy matches', () => {
  const source = uniqueWord('복지시스템');
  const m = { x: freshMobile(), n1: freshMobile(), z: freshMobile(), extra: freshMobile(), w: freshMobile() };
  const ids = {} as Record<'x' | 'y' | 'z' | 'w', string>;
  let csv: Buffer;
  let batch: Record<string, any>;

  beforeAll(async () => {
    ids.x = await existing({ name: '남궁수련', mobile: m.x, email: 'suryeon@example.com' });
    ids.y = await existing({ name: '황보민결', birthDate: '1971-07-07' });
    ids.z = await existing({ name: '선우가람', mobile: m.z, eupmyeondong: '역삼동' });
    ids.w = await existing({ name: '제갈온유', eupmyeondong: '삼성동' });
    csv = cp949(
      [
        '성명,휴대전화,이메일,생년월일,시군구,읍면동,전화번호',
        `독고새별,${m.n1.replace(/^(\d{3})(\d{4})(\d{4})$/, '$1-$2-$3')},saebyeol@example.com,1990-03-05,강남구,역삼동,`,
        `남궁수련2,${m.x},Suryeon.New@Example.com,,,,02-555-1234`,
        '황보민결,,,1971.7.7,,,',
        '선우가람,,,,강남구,역삼동,',
        `독고 새별,+82 ${m.n1.slice(1)},,,,,`,
        '제갈온유,,,,강남구,삼성동,',
      ].join('\r\n') + '\r\n',
    );
  });

  it('uploads: detects CP949, reads the Korean header and suggests a mapping', async () => {
    const res = await upload(tokens.seoulAdmin, csv, { fileName: '입수고객.csv' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      fileName: '입수고객.csv',
      format: 'CSV',
      detectedEncoding: 'CP949',
      rowCount: 6,
      headers: ['성명', '휴대전화', '이메일', '생년월일', '시군구', '읍면동', '전화번호'],
    });
    expect(res.body.sampleRows[0]).toEqual({ line: 2, cells: expect.arrayContaining(['독고새별']) });
    expect(res.body.suggestedMapping).toEqual(
      expect.arrayContaining([
        { field: 'NAME', column: '성명' },
        { field: 'MOBILE', column: '휴대전화' },
        { field: 'HOME_PHONE', column: '전화번호' },
      ]),
    );
    const stored = await owner.query(
      `SELECT tenant_id, byte_size, detected_encoding, uploaded_by FROM customer_import_uploads WHERE id = $1`,
      [res.body.uploadId],
    );
    expect(stored.rows[0]).toMatchObject({
      tenant_id: 'seoul',
      byte_size: csv.length,
      detected_encoding: 'CP949',
    });
  });

  it('previews without writing: creates, merges, review items, no errors', async () => {
    const { body } = await upload(tokens.seoulAdmin, csv);
    const before = await owner.query(`SELECT count(*)::int AS n FROM customers WHERE tenant_id = 'seoul'`);
    const res = await gql(tokens.seoulAdmin, PREVIEW, { i: { uploadId: body.uploadId, source } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.previewCustomerImport).toMatchObject({
      format: 'CSV',
      encoding: 'CP949',
      totalRows: 6,
      createCount: 1,
      mergeCount: 3,
      reviewCount: 2,
      errorCount: 0,
      errors: [],
    });
    const after = await owner.query(`SELECT count(*)::int AS n FROM customers WHERE tenant_id = 'seoul'`);
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  describe('imported as a batch', () => {
    beforeAll(async () => {
      batch = await importFile(tokens.seoulAdmin, csv, { source }, { fileName: '입수고객.csv' });
    });

    it('completes with counts, who, when and source', () => {
      expect(batch).toMatchObject({
        source,
        fileName: '입수고객.csv',
        format: 'CSV',
        encoding: 'CP949',
        state: 'COMPLETED',
        totalRows: 6,
        processedRows: 6,
        progressPercent: 100,
        createdCount: 1,
        mergedCount: 3,
        reviewCount: 2,
        pendingReviewCount: 2,
        errorCount: 0,
        requestedBy: expect.any(String),
      });
      expect(batch.completedAt).not.toBeNull();
    });

    it('creates the new person as an acquired customer with every key, and merges its in-file duplicate', async () => {
      const rows = await customersOf(batch.id);
      const created = rows.filter((r) => r.status === 'ACTIVE');
      expect(created).toHaveLength(1);
      expect(created[0]).toMatchObject({ name: '독고새별', kind: 'ACQUIRED', source, birth: '1990-03-05' });
      expect(created[0].search_grams).toEqual(expect.arrayContaining(['독고', 'ㄷㄱ']));
      expect(await phonesOf(created[0].id)).toEqual([m.n1]);
      expect(await emailsOf(created[0].id)).toEqual(['saebyeol@example.com']);
      const dup = rows.find((r) => r.name === '독고 새별')!;
      expect(dup).toMatchObject({ status: 'MERGED', merged_into_id: created[0].id, source });
    });

    it('merges on mobile: the survivor keeps its record and history and gains the new phone and e-mail', async () => {
      const rows = await customersOf(batch.id);
      const merged = rows.find((r) => r.name === '남궁수련2')!;
      expect(merged).toMatchObject({ status: 'MERGED', merged_into_id: ids.x, kind: 'ACQUIRED', source });
      expect(await phonesOf(ids.x)).toEqual([m.x, '025551234'].sort());
      expect(await emailsOf(ids.x)).toEqual(['suryeon.new@example.com', 'suryeon@example.com']);
      const x = await owner.query(`SELECT name, status FROM customers WHERE id = $1`, [ids.x]);
      expect(x.rows[0]).toEqual({ name: '남궁수련', status: 'ACTIVE' });
      const history = await owner.query(`SELECT summary FROM contact_history WHERE customer_id = $1`, [
        ids.x,
      ]);
      expect(history.rows).toEqual([{ summary: '기존 상담' }]);
      const log = await owner.query(
        `SELECT survivor_id, merged_id, reason, moved FROM customer_merges WHERE batch_id = $1 AND survivor_id = $2`,
        [batch.id, ids.x],
      );
      expect(log.rows).toEqual([
        {
          survivor_id: ids.x,
          merged_id: merged.id,
          reason: '휴대전화 일치',
          moved: { phones: [expect.any(String)], emails: [expect.any(String)] },
        },
      ]);
    });

    it('merges on name + birth date', async () => {
      const rows = await customersOf(batch.id);
      expect(rows.find((r) => r.name === '황보민결')).toMatchObject({
        status: 'MERGED',
        merged_into_id: ids.y,
      });
    });

    it('queues same-name neighbours for review with a score and reasons, personal data per permission', async () => {
      const Q = `query($b: ID!, $a: String) { importReviewItems(batchId: $b, first: 1, after: $a) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { node { id line state score reasons incoming { id name mobile address } candidate { id name customerNo } } } } }`;
      const first = await gql(tokens.seoulAdmin, Q, { b: batch.id });
      expect(first.errors).toBeUndefined();
      expect(first.data!.importReviewItems).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
      const second = await gql(tokens.seoulAdmin, Q, {
        b: batch.id,
        a: first.data!.importReviewItems.pageInfo.endCursor,
      });
      const [a, b] = [first, second].map((r) => r.data!.importReviewItems.edges[0].node);
      expect(a).toMatchObject({
        line: 5,
        state: 'PENDING',
        score: 0.84,
        reasons: ['NAME_EXACT', 'SAME_EUPMYEONDONG'],
        incoming: { name: '선우가람' },
        candidate: { id: ids.z, name: '선우가람' },
      });
      expect(b).toMatchObject({
        line: 7,
        candidate: { id: ids.w },
        reasons: ['NAME_EXACT', 'SAME_EUPMYEONDONG'],
      });
    });

    it('lets staff decide: MERGE into the candidate, CREATE a new customer; a decided item cannot change', async () => {
      const items = await gql(
        tokens.seoulAdmin,
        `query($b: ID!) { importReviewItems(batchId: $b) { edges { node { id line } } } }`,
        { b: batch.id },
      );
      const [five, seven] = items.data!.importReviewItems.edges.map((e: any) => e.node);
      const RESOLVE = `mutation($i: ResolveImportReviewInput!) { resolveImportReview(input: $i) {
        id state resultCustomerId decidedBy decidedAt } }`;
      const merged = await gql(tokens.seoulAdmin, RESOLVE, { i: { itemId: five.id, decision: 'MERGE' } });
      expect(merged.errors).toBeUndefined();
      expect(merged.data!.resolveImportReview).toMatchObject({ state: 'MERGED', resultCustomerId: ids.z });
      const created = await gql(tokens.seoulAdmin, RESOLVE, { i: { itemId: seven.id, decision: 'CREATE' } });
      expect(created.data!.resolveImportReview.state).toBe('CREATED');
      const newId = created.data!.resolveImportReview.resultCustomerId;
      const rows = await customersOf(batch.id);
      expect(rows.find((r) => r.id === newId)).toMatchObject({ name: '제갈온유', status: 'ACTIVE', source });
      expect(rows.find((r) => r.name === '선우가람')).toMatchObject({
        status: 'MERGED',
        merged_into_id: ids.z,
      });
      const again = await gql(tokens.seoulAdmin, RESOLVE, { i: { itemId: five.id, decision: 'SKIP' } });
      expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'itemId' });
      const after = await gql(tokens.seoulAdmin, BATCH, { id: batch.id });
      expect(after.data!.customerImportBatch).toMatchObject({
        createdCount: 2,
        mergedCount: 4,
        pendingReviewCount: 0,
      });
    });

    it('keeps the mapping of the source for the next file', async () => {
      const res = await gql(
        tokens.seoulAdmin,
        `{ customerImportSources { source mapping { field column } } }`,
      );
      const saved = res.data!.customerImportSources.find((s: any) => s.source === source);
      expect(saved.mapping).toEqual(expect.arrayContaining([{ field: 'NAME', column: '성명' }]));
    });

    describe('seen from another tenant', () => {
      it('busan can neither read, decide nor undo the seoul batch, nor use its upload', async () => {
        const read = await gql(tokens.busanAdmin, BATCH, { id: batch.id });
        expect(read.errors?.[0].extensions.code).toBe('NOT_FOUND');
        const review = await gql(
          tokens.busanAdmin,
          `query($b: ID!) { importReviewItems(batchId: $b) { totalCount } }`,
          { b: batch.id },
        );
        expect(review.errors?.[0].extensions.code).toBe('NOT_FOUND');
        const [item] = (
          await owner.query(`SELECT id FROM customer_import_review_items WHERE batch_id = $1 LIMIT 1`, [
            batch.id,
          ])
        ).rows;
        const decide = await gql(
          tokens.busanAdmin,
          `mutation($i: ResolveImportReviewInput!) { resolveImportReview(input: $i) { id } }`,
          { i: { itemId: item.id, decision: 'SKIP' } },
        );
        expect(decide.errors?.[0].extensions.code).toBe('NOT_FOUND');
        const undo = await gql(
          tokens.busanAdmin,
          `mutation($b: ID!) { undoCustomerImport(batchId: $b) { id } }`,
          {
            b: batch.id,
          },
        );
        expect(undo.errors?.[0].extensions.code).toBe('NOT_FOUND');
        const list = await gql(
          tokens.busanAdmin,
          `{ customerImportBatches(first: 200) { edges { node { id } } } }`,
        );
        expect(list.data!.customerImportBatches.edges.map((e: any) => e.node.id)).not.toContain(batch.id);
        const sources = await gql(tokens.busanAdmin, `{ customerImportSources { source } }`);
        expect(sources.data!.customerImportSources.map((s: any) => s.source)).not.toContain(source);
        const { rows } = await owner.query(`SELECT upload_id FROM customer_import_batches WHERE id = $1`, [
          batch.id,
        ]);
        const preview = await gql(tokens.busanAdmin, PREVIEW, { i: { uploadId: rows[0].upload_id, source } });
        expect(preview.errors?.[0].extensions.code).toBe('NOT_FOUND');
        const still = await gql(tokens.seoulAdmin, BATCH, { id: batch.id });
        expect(still.data!.customerImportBatch.state).toBe('COMPLETED');
      });

      it('at the database, busan sees and changes none of the seoul rows (RLS)', async () => {
        const app = new Client({ connectionString: process.env.PCRM_APP_DATABASE_URL });
        await app.connect();
        try {
          await app.query('BEGIN');
          await app.query(`SELECT set_config('app.tenant_id', 'busan', true)`);
          for (const table of [
            'customer_import_batches',
            'customer_import_review_items',
            'customer_merges',
          ]) {
            const column = table === 'customer_import_batches' ? 'id' : 'batch_id';
            const seen = await app.query(`SELECT 1 FROM ${table} WHERE ${column} = $1`, [batch.id]);
            expect(seen.rowCount).toBe(0);
          }
          const changed = await app.query(`UPDATE customer_import_batches SET source = 'x' WHERE id = $1`, [
            batch.id,
          ]);
          expect(changed.rowCount).toBe(0);
          const uploads = await app.query(`SELECT 1 FROM customer_import_uploads WHERE tenant_id = 'seoul'`);
          expect(uploads.rowCount).toBe(0);
        } finally {
          await app.query('ROLLBACK');
          await app.end();
        }
      });
    });

    it('refuses to undo while a customer it created is anonymized (deleting it would drop it from statistics)', async () => {
      const UNDO = `mutation($b: ID!) { undoCustomerImport(batchId: $b) { id state } }`;
      const { rows } = await owner.query<{ id: string }>(
        `UPDATE customers SET status = 'ANONYMIZED'
          WHERE id = (SELECT id FROM customers WHERE import_batch_id = $1 AND status = 'ACTIVE' ORDER BY id LIMIT 1)
          RETURNING id`,
        [batch.id],
      );
      try {
        const before = await customersOf(batch.id);
        const res = await gql(tokens.seoulAdmin, UNDO, { b: batch.id });
        expect(res.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'batchId' });
        expect(res.errors?.[0].message).toContain('익명 처리 1건');
        expect(await customersOf(batch.id)).toEqual(before);
      } finally {
        await owner.query(`UPDATE customers SET status = 'ACTIVE' WHERE id = $1`, [rows[0].id]);
      }
    });

    it('undoes the batch: removes what it created, reverses its merges, keeps the survivors as they were', async () => {
      const UNDO = `mutation($b: ID!) { undoCustomerImport(batchId: $b) { id state undoneAt undoneBy } }`;
      const res = await gql(tokens.seoulAdmin, UNDO, { b: batch.id });
      expect(res.errors).toBeUndefined();
      expect(res.data!.undoCustomerImport).toMatchObject({ state: 'UNDONE', undoneBy: expect.any(String) });
      expect(await customersOf(batch.id)).toEqual([]);
      expect(await phonesOf(ids.x)).toEqual([m.x]);
      expect(await emailsOf(ids.x)).toEqual(['suryeon@example.com']);
      expect(await phonesOf(ids.z)).toEqual([m.z]);
      const survivors = await owner.query(
        `SELECT count(*)::int AS n FROM customers WHERE id = ANY($1) AND status = 'ACTIVE'`,
        [Object.values(ids)],
      );
      expect(survivors.rows[0].n).toBe(4);
      const again = await gql(tokens.seoulAdmin, UNDO, { b: batch.id });
      expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'batchId' });
    });
  });
});

it('imports an XLSX end to end: a date cell becomes the birth date', async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('입수');
  sheet.addRow(['이름', '핸드폰', '생년월일', '성별', '도로명주소', '상세주소', '우편번호']);
  const mobile = freshMobile();
  sheet.addRow([
    '엑셀가온',
    mobile,
    new Date(Date.UTC(1984, 1, 29)),
    '여',
    '서울특별시 종로구 세종대로 175',
    '101동 1001호',
    '03172',
  ]);
  const source = uniqueWord('엑셀');
  const batch = await importFile(
    tokens.seoulAdmin,
    Buffer.from(await workbook.xlsx.writeBuffer()),
    { source },
    { type: XLSX_TYPE, fileName: '입수.xlsx' },
  );
  expect(batch).toMatchObject({ state: 'COMPLETED', format: 'XLSX', encoding: null, createdCount: 1 });
  const [row] = await customersOf(batch.id);
  expect(row).toMatchObject({ name: '엑셀가온', birth: '1984-02-29', status: 'ACTIVE' });
  expect(row.household_key).toBe(
    householdKey({
      postalCode: '03172',
      roadAddress: '서울특별시 종로구 세종대로 175',
      addressDetail: '101동 1001호',
    }),
  );
  expect(await phonesOf(row.id)).toEqual([mobile]);
});

describe('a file with bad rows', () => {
  const csv = Buffer.from(
    [
      '이름,휴대전화,생년월일,이메일',
      `정상하나,${freshMobile()},1990-01-01,ok@example.com`,
      '전화틀림,010-12,1990-01-01,',
      '날짜틀림,,1990-02-30,',
      '메일틀림,,,not-an-email',
      ',,,',
    ].join('\n'),
  );

  it('previews every error with line, column and reason', async () => {
    const { body } = await upload(tokens.seoulAdmin, csv);
    const res = await gql(tokens.seoulAdmin, PREVIEW, { i: { uploadId: body.uploadId, source: 'bad' } });
    const preview = res.data!.previewCustomerImport;
    expect(preview).toMatchObject({ totalRows: 4, errorCount: 3, createCount: 1 });
    expect(preview.errors.map((e: any) => [e.line, e.column, e.code])).toEqual([
      [3, '휴대전화', 'INVALID_MOBILE'],
      [4, '생년월일', 'INVALID_DATE'],
      [5, '이메일', 'INVALID_EMAIL'],
    ]);
    expect(preview.errors[0]).toMatchObject({
      message: '휴대전화 번호가 올바르지 않습니다 (예: 010-1234-5678).',
      messageEn: 'Not a mobile number (e.g. 010-1234-5678).',
    });
  });

  it('fails the batch as a whole: nothing imported, the errors kept on the batch', async () => {
    const batch = await importFile(tokens.seoulAdmin, csv, { source: uniqueWord('오류') });
    expect(batch).toMatchObject({ state: 'FAILED', errorCount: 3, createdCount: 0 });
    expect(batch.lastError).toBe(
      "3개 행에 오류가 있어 아무것도 가져오지 않았습니다. 첫 오류: 3행 '휴대전화' 열: 휴대전화 번호가 올바르지 않습니다 (예: 010-1234-5678).",
    );
    expect(batch.errors.map((e: any) => [e.line, e.column])).toEqual([
      [3, '휴대전화'],
      [4, '생년월일'],
      [5, '이메일'],
    ]);
    expect(await customersOf(batch.id)).toEqual([]);
    const named = await owner.query(
      `SELECT 1 FROM customers WHERE tenant_id = 'seoul' AND name = '정상하나'`,
    );
    expect(named.rowCount).toBe(0);
  });
});

describe('refusals', () => {
  const valid = Buffer.from('이름,휴대전화\n가나다,010-1234-5678\n');

  it('refuses empty, binary, legacy Excel and over-limit files with a clear error, storing nothing', async () => {
    const count = async () =>
      (await owner.query(`SELECT count(*)::int AS n FROM customer_import_uploads WHERE tenant_id = 'seoul'`))
        .rows[0].n;
    const before = await count();
    const empty = await upload(tokens.seoulAdmin, Buffer.alloc(0));
    expect(empty.status).toBe(400);
    expect(empty.body.errors[0]).toMatchObject({
      message: '파일이 비어 있습니다.',
      extensions: { code: 'BAD_USER_INPUT', field: 'file', messageEn: 'The file is empty.' },
    });
    const binary = await upload(tokens.seoulAdmin, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2]), {
      type: 'application/octet-stream',
    });
    expect(binary.status).toBe(400);
    expect(binary.body.errors[0].extensions.messageEn).toMatch(/binary/);
    const xls = await upload(
      tokens.seoulAdmin,
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    );
    expect(xls.body.errors[0].extensions.messageEn).toMatch(/Legacy Excel/);
    const big = await upload(tokens.seoulAdmin, Buffer.alloc(20 * 1024 * 1024 + 1, 0x41));
    expect(big.status).toBe(413);
    expect(big.body.errors[0].extensions).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', field: 'file' });
    const form = await upload(tokens.seoulAdmin, valid, { type: 'multipart/form-data; boundary=x' });
    expect(form.status).toBe(400);
    expect(form.body.errors[0].extensions).toMatchObject({ code: 'BAD_REQUEST', field: 'content-type' });
    expect(await count()).toBe(before);
  });

  it('refuses callers without customer:import and without a token', async () => {
    expect((await upload(null, valid)).status).toBe(401);
    const officer = await upload(tokens.seoulOfficer, valid);
    expect(officer.status).toBe(403);
    expect(officer.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const gqlOfficer = await gql(tokens.seoulOfficer, `{ customerImportSources { source } }`);
    expect(gqlOfficer.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('refuses a CP949 file read as UTF-8 and a mapping without the name column; nothing is queued', async () => {
    const { body } = await upload(tokens.seoulAdmin, cp949('이름,휴대전화\n가나다,010-1234-5678\n'));
    const wrong = await gql(tokens.seoulAdmin, PREVIEW, {
      i: { uploadId: body.uploadId, source: 's', encoding: 'UTF8' },
    });
    expect(wrong.errors?.[0]).toMatchObject({
      message: '파일을 지정한 인코딩(UTF8)으로 읽을 수 없습니다. 인코딩을 확인해 주세요.',
      extensions: { code: 'BAD_USER_INPUT', field: 'file' },
    });
    const batches = async () =>
      (await owner.query(`SELECT count(*)::int AS n FROM customer_import_batches WHERE tenant_id = 'seoul'`))
        .rows[0].n;
    const before = await batches();
    const missing = await gql(tokens.seoulAdmin, START, {
      i: {
        uploadId: body.uploadId,
        source: uniqueWord('s'),
        mapping: [{ field: 'MOBILE', column: '휴대전화' }],
      },
    });
    expect(missing.errors?.[0]).toMatchObject({
      message: '필수 항목의 열이 없습니다: 이름',
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'mapping',
        messageEn: 'Required columns are missing: name',
      },
    });
    const unknown = await gql(tokens.seoulAdmin, START, {
      i: { uploadId: body.uploadId, source: 's', mapping: [{ field: 'NAME', column: '성명' }] },
    });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'mapping' });
    expect(await batches()).toBe(before);
  });

  it('answers an unknown upload or batch with NOT_FOUND', async () => {
    const none = '00000000-0000-4000-8000-000000000000';
    const preview = await gql(tokens.seoulAdmin, PREVIEW, { i: { uploadId: none, source: 's' } });
    expect(preview.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const batch = await gql(tokens.seoulAdmin, BATCH, { id: none });
    expect(batch.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
});

it('shows running progress through the job while a batch runs (waitForJob sees it finish)', async () => {
  const rows = Array.from({ length: 300 }, (_, i) => `대량${i},${freshMobile()}`);
  const { body } = await upload(tokens.seoulAdmin, Buffer.from(['이름,휴대전화', ...rows].join('\n')));
  const started = await gql(tokens.seoulAdmin, START, {
    i: { uploadId: body.uploadId, source: uniqueWord('대량') },
  });
  expect(started.data!.startCustomerImport).toMatchObject({ state: 'QUEUED', progressPercent: 0 });
  const job = await waitForJob(tokens.seoulAdmin, started.data!.startCustomerImport.jobId);
  expect(job).toMatchObject({ state: 'COMPLETED', processedRows: 300, totalRows: 300 });
  const done = await gql(tokens.seoulAdmin, BATCH, { id: started.data!.startCustomerImport.id });
  expect(done.data!.customerImportBatch).toMatchObject({ createdCount: 300, progressPercent: 100 });
});
