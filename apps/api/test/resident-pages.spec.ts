import { Client } from 'pg';
import { baseUrl } from './support/api';
import { petitionReference } from './support/petition-reference';
import { newSurveyCase, type Query } from '../../../libs/crm-core/test/survey-cases';

/**
 * The resident pages over real HTTP: 나의 민원보기 answers only the right receipt number with the right
 * phone digits in the path's tenant, says the same for every miss (no oracle), takes about the same time,
 * and stops guessing; the submission form checks every field; assets and headers are locked down.
 */
let owner: Client;
const asOwner: Query = async (text, params) => (await owner.query(text, params)).rows;

beforeAll(async () => {
  owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  await owner.connect();
});
afterAll(() => owner.end());

class Resident {
  private cookie = '';
  async get(path: string) {
    const res = await fetch(`${baseUrl()}${path}`, { headers: this.cookie ? { cookie: this.cookie } : {} });
    const set = res.headers.getSetCookie().find((c) => c.startsWith('pcrm_r_csrf='));
    if (set) this.cookie = set.split(';')[0];
    return { status: res.status, body: await res.text(), headers: res.headers };
  }
  async post(path: string, form: Record<string, string>) {
    const started = Date.now();
    const res = await fetch(`${baseUrl()}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: this.cookie },
      body: new URLSearchParams({ ...form, _csrf: this.cookie.split('=')[1] ?? '' }).toString(),
    });
    return { status: res.status, body: await res.text(), headers: res.headers, ms: Date.now() - started };
  }
}

/** The page with the values the resident typed taken out: what differs between two misses, if anything. */
const withoutEcho = (body: string, ...typed: string[]) =>
  typed.reduce((b, t) => b.split(`value="${t}"`).join('value=""'), body);

describe('나의 민원보기', () => {
  it('shows status, dates, department and answer for the right number and digits, nothing personal', async () => {
    const [dept] = await asOwner(
      `SELECT id, name FROM departments WHERE tenant_id = 'gwangju' AND parent_id IS NOT NULL ORDER BY code LIMIT 1`,
    );
    const c = await newSurveyCase(asOwner, 'gwangju', petitionReference(), {
      departmentId: dept.id,
      status: 'ANSWERED',
    });
    const resident = new Resident();
    const form = await resident.get('/r/gwangju/status');
    expect(form.status).toBe(200);
    expect(form.body).toMatch(/<label for="receiptNo"\s*>/);
    const found = await resident.post('/r/gwangju/status', {
      receiptNo: c.receiptNo.toLowerCase(),
      phoneLast4: '4211',
    });
    expect(found.status).toBe(200);
    for (const shown of [c.receiptNo, '답변완료', dept.name, '신호 시간을 10초 늘렸습니다.', '처리기한'])
      expect(found.body).toContain(shown);
    for (const hidden of ['김민원', '01012344211', '4211', '해운대구 중동', '횡단보도 신호가 너무 짧습니다'])
      expect(withoutEcho(found.body, '4211')).not.toContain(hidden);
  });

  it('answers a wrong number, wrong digits and another tenant’s case with the same page, in about the same time', async () => {
    const mine = await newSurveyCase(asOwner, 'ulsan', petitionReference());
    const foreign = await newSurveyCase(asOwner, 'jeju', petitionReference());
    const resident = new Resident();
    await resident.get('/r/ulsan/status');
    const tries = [
      { receiptNo: mine.receiptNo, phoneLast4: '4212' },
      { receiptNo: mine.receiptNo.replace(/\d$/, (d) => String((Number(d) + 1) % 10)), phoneLast4: '4211' },
      { receiptNo: foreign.receiptNo, phoneLast4: '4211' },
    ];
    const answers = [];
    for (const t of tries) answers.push(await resident.post('/r/ulsan/status', t));
    const pages = answers.map((a, i) => withoutEcho(a.body, tries[i].receiptNo, tries[i].phoneLast4));
    for (const [i, a] of answers.entries()) {
      expect(a.status).toBe(200);
      expect(a.body).toContain('민원을 찾을 수 없습니다');
      expect(a.body).not.toContain('처리 상태');
      expect(pages[i]).toBe(pages[0]);
      expect(a.ms).toBeGreaterThanOrEqual(290);
    }
    const right = await resident.post('/r/ulsan/status', { receiptNo: mine.receiptNo, phoneLast4: '4211' });
    expect(right.body).toContain('처리 상태');
    expect(right.ms).toBeGreaterThanOrEqual(290);
  });

  it('refuses malformed input with an error summary linking to each field', async () => {
    const resident = new Resident();
    await resident.get('/r/daejeon/status');
    const res = await resident.post('/r/daejeon/status', { receiptNo: "' OR 1=1 --", phoneLast4: '12a4' });
    expect(res.status).toBe(400);
    expect(res.body).toContain('입력 내용을 확인해 주세요 (2건)');
    expect(res.body).toContain('href="#receiptNo"');
    expect(res.body).toContain('aria-invalid="true"');
    expect(res.body).toContain('&#39; OR 1=1 --');
  });

  it('stops enumeration: after 10 attempts an address gets a Korean 429 with Retry-After', async () => {
    const resident = new Resident();
    await resident.get('/r/chungbuk/status');
    const statuses = [];
    for (let i = 0; i < 10; i++)
      statuses.push(
        (
          await resident.post('/r/chungbuk/status', {
            receiptNo: `CHUNGBUK-2026-00000${i}`,
            phoneLast4: '0000',
          })
        ).status,
      );
    expect(statuses).toEqual(Array(10).fill(200));
    const blocked = await resident.post('/r/chungbuk/status', {
      receiptNo: 'CHUNGBUK-2026-000011',
      phoneLast4: '0000',
    });
    expect(blocked.status).toBe(429);
    expect(blocked.body).toContain('요청이 너무 많습니다');
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('민원 신청', () => {
  it('lists the tenant categories, checks every field and states the purpose of the consent', async () => {
    const resident = new Resident();
    const form = await resident.get('/r/gyeonggi/apply');
    expect(form.status).toBe(200);
    expect(form.body).toMatch(/<option value="TRAFFIC"\s*>/);
    expect(form.body).toContain('개인정보 수집·이용 동의');
    expect(form.body).toContain('파기합니다');
    const empty = await resident.post('/r/gyeonggi/apply', { body: '\u200B' });
    expect(empty.status).toBe(400);
    expect(empty.body).toContain('입력 내용을 확인해 주세요 (8건)');
    for (const f of ['kind', 'category', 'title', 'body', 'name', 'phone', 'replyChannel', 'consent'])
      expect(empty.body).toContain(`href="#${f}"`);
    // The kind comes preselected as 고충 and lists what a resident may file (not 법정민원: it needs its own forms).
    expect(form.body).toMatch(
      /<input\s+type="radio"\s+name="kind"\s+id="kind"\s+value="GRIEVANCE"\s+checked/,
    );
    expect(form.body).not.toContain('value="STATUTORY"');
    const badKind = await resident.post('/r/gyeonggi/apply', { kind: 'STATUTORY' });
    expect(badKind.body).toContain('민원 종류를 골라 주세요.');
    const emailWanted = await resident.post('/r/gyeonggi/apply', {
      kind: 'GRIEVANCE',
      category: 'TRAFFIC',
      title: '신호등 고장',
      body: '수원시청 앞 신호등이 꺼져 있습니다.',
      name: '홍길동',
      phone: '010-1234-5678',
      replyChannel: 'EMAIL',
      consent: 'yes',
    });
    expect(emailWanted.status).toBe(400);
    expect(emailWanted.body).toContain('입력 내용을 확인해 주세요 (1건)');
    expect(emailWanted.body).toContain('href="#email"');
  });
});

describe('민원 신청 접수', () => {
  it('files a web petition of the kind the resident chose, with a receipt number that 나의 민원보기 then finds', async () => {
    const resident = new Resident();
    await resident.get('/r/incheon/apply');
    const applied = await resident.post('/r/incheon/apply', {
      kind: 'PROPOSAL',
      category: 'ROAD',
      title: '보도블록 파손',
      body: '구월동 시청 앞 보도블록이 깨져 있어 넘어질 뻔했습니다.',
      name: '홍길동',
      phone: '010-2345-6789',
      replyChannel: 'SMS',
      consent: 'yes',
    });
    expect(applied.status).toBe(200);
    const receiptNo = /INCHEON-\d{4}-\d{6,}/.exec(applied.body)?.[0];
    expect(receiptNo).toBeDefined();
    const [row] = await asOwner(
      `SELECT source, channel, kind, contact_name, contact_phone, reply_channel FROM voc_items
        WHERE tenant_id = 'incheon' AND receipt_no = $1`,
      [receiptNo],
    );
    expect(row).toEqual({
      source: 'PETITION',
      channel: 'WEB',
      kind: 'PROPOSAL',
      contact_name: '홍길동',
      contact_phone: '01023456789',
      reply_channel: 'SMS',
    });
    await resident.get('/r/incheon/status');
    const found = await resident.post('/r/incheon/status', { receiptNo: receiptNo!, phoneLast4: '6789' });
    expect(found.status).toBe(200);
    expect(found.body).toContain(receiptNo);
    expect(found.body).toContain('접수');
  });
});

describe('민원 신청 다시 보내기', () => {
  const form = {
    kind: 'GRIEVANCE',
    category: 'ROAD',
    title: '가로등 고장',
    body: '무안군 남악리 가로등이 사흘째 꺼져 있습니다.',
    name: '정남도',
    phone: '010-3456-7890',
    replyChannel: 'NONE',
    consent: 'yes',
  };
  const formId = (body: string) => /name="_submission" value="([A-Za-z0-9_-]{22})"/.exec(body)?.[1];

  it('answers a double click, a reload and concurrent posts of one form with the first case, once', async () => {
    const resident = new Resident();
    const page = await resident.get('/r/jeonnam/apply');
    const id = formId(page.body)!;
    expect(id).toBeDefined();
    expect(formId((await resident.get('/r/jeonnam/apply')).body)).not.toBe(id);

    const posts = await Promise.all(
      [1, 2, 3].map(() => resident.post('/r/jeonnam/apply', { ...form, _submission: id })),
    );
    const receipts = posts.map((p) => /JEONNAM-\d{4}-\d{6,}/.exec(p.body)?.[0]);
    expect(posts.map((p) => p.status)).toEqual([200, 200, 200]);
    expect(receipts[0]).toBeDefined();
    expect(new Set(receipts)).toEqual(new Set([receipts[0]]));
    const rows = await asOwner(
      `SELECT receipt_no FROM voc_items WHERE tenant_id = 'jeonnam' AND client_key = $1`,
      [`web:${id}`],
    );
    expect(rows).toEqual([{ receipt_no: receipts[0] }]);
  });

  it('keeps the form id when the form comes back with problems, so the corrected post files once', async () => {
    const resident = new Resident();
    const id = formId((await resident.get('/r/jeonnam/apply')).body)!;
    const refused = await resident.post('/r/jeonnam/apply', { ...form, phone: '12', _submission: id });
    expect(refused.status).toBe(400);
    expect(formId(refused.body)).toBe(id);
    const forged = await resident.post('/r/jeonnam/apply', {
      ...form,
      phone: '12',
      _submission: '"><script>',
    });
    expect(formId(forged.body)).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(forged.body).not.toContain('<script>');
  });
});

describe('pages and assets', () => {
  it('serves KRDS styles and the Pretendard GOV font from the API, nothing else from disk', async () => {
    const css = await fetch(`${baseUrl()}/r/_krds/css/component/component.css`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await css.text()).toContain('.krds-btn');
    const font = await fetch(`${baseUrl()}/r/_krds/fonts/PretendardGOV-Regular.subset.woff2`);
    expect(font.headers.get('content-type')).toBe('font/woff2');
    for (const path of [
      '/r/_krds/../package.json',
      '/r/_krds/html/code/button.html',
      '/r/_assets/..%2f..%2fpackage.json',
    ])
      expect((await fetch(`${baseUrl()}${path}`)).status).toBe(404);
  });
});
