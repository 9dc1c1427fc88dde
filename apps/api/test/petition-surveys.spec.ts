import { Client } from 'pg';
import { baseUrl, gql, userToken } from './support/api';
import { petitionReference } from './support/petition-reference';
import {
  newSurveyCase,
  newSurveyLink,
  type Query,
  type SurveyCaseSeed,
} from '../../../libs/crm-core/test/survey-cases';

/**
 * Satisfaction surveys end to end: the resident survey page over real HTTP (no login, CSRF-checked form),
 * follow-ups and quality ratings through GraphQL with real tokens, and tenant isolation through the API and
 * at the database. Cases and links are written as the owner (the intake and lifecycle are other pieces).
 */
let owner: Client;
let app: Client;
const asOwner: Query = async (text, params) => (await owner.query(text, params)).rows;

beforeAll(async () => {
  owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  app = new Client({ connectionString: process.env.PCRM_APP_DATABASE_URL });
  await Promise.all([owner.connect(), app.connect()]);
});
afterAll(async () => {
  await Promise.all([owner.end(), app.end()]);
});

async function staffOf(tenant: string) {
  const [row] = await asOwner(
    `SELECT s.id, s.department_id FROM staff s WHERE s.tenant_id = $1 AND s.department_id IS NOT NULL AND s.active
      ORDER BY s.id LIMIT 1`,
    [tenant],
  );
  return { officerId: row.id as string, departmentId: row.department_id as string };
}

async function caseIn(
  tenant: string,
  options: Parameters<typeof newSurveyCase>[3] = {},
): Promise<SurveyCaseSeed> {
  return newSurveyCase(asOwner, tenant, petitionReference(), { ...(await staffOf(tenant)), ...options });
}

/** A resident's browser: the form token cookie of the first page, sent back with each form. */
class Resident {
  private cookie = '';
  async get(path: string): Promise<{ status: number; body: string; headers: Headers }> {
    const res = await fetch(`${baseUrl()}${path}`, { headers: this.cookie ? { cookie: this.cookie } : {} });
    const set = res.headers.getSetCookie().find((c) => c.startsWith('pcrm_r_csrf='));
    if (set) this.cookie = set.split(';')[0];
    return { status: res.status, body: await res.text(), headers: res.headers };
  }
  get csrf(): string {
    return this.cookie.split('=')[1] ?? '';
  }
  async post(path: string, form: Record<string, string>, csrf = this.csrf) {
    const res = await fetch(`${baseUrl()}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: this.cookie },
      body: new URLSearchParams({ ...form, _csrf: csrf }).toString(),
    });
    return { status: res.status, body: await res.text(), headers: res.headers };
  }
}

const SCORES = { speed: '5', kindness: '4', fairness: '5', convenience: '4' };
const LOW = { speed: '1', kindness: '2', fairness: '2', convenience: '1' };
const responses = async (vocId: string) =>
  (await asOwner(`SELECT count(*)::int AS n FROM voc_survey_responses WHERE voc_id = $1`, [vocId]))[0]
    .n as number;

describe('the resident survey page', () => {
  it('shows the form without a login, accepts one answer, then explains the link is used', async () => {
    const c = await caseIn('busan');
    const token = await newSurveyLink(asOwner, 'busan', c.id);
    const path = `/r/busan/survey/${token}`;
    const resident = new Resident();
    const form = await resident.get(path);
    expect(form.status).toBe(200);
    expect(form.body).toContain('<html lang="ko">');
    expect(form.body).toContain('민원 만족도 조사');
    expect(form.body).toContain(c.receiptNo);
    expect(form.body).not.toContain('김민원');
    expect(form.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(form.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(form.headers.get('cache-control')).toBe('no-store');
    expect(resident.csrf).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const forged = await resident.post(path, { ...SCORES }, 'x'.repeat(43));
    expect(forged.status).toBe(403);
    const crossSite = await fetch(`${baseUrl()}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie: `pcrm_r_csrf=${resident.csrf}`,
        'sec-fetch-site': 'cross-site',
      },
      body: new URLSearchParams({ ...SCORES, _csrf: resident.csrf }).toString(),
    });
    expect(crossSite.status).toBe(403);
    const missing = await resident.post(path, { speed: '5' });
    expect(missing.status).toBe(400);
    expect(missing.body).toContain('입력 내용을 확인해 주세요 (3건)');
    expect(missing.body).toContain('href="#kindness"');
    expect(await responses(c.id)).toBe(0);

    const done = await resident.post(path, { ...SCORES, comment: '빠르게 처리해 주셔서 감사합니다.' });
    expect(done.status).toBe(200);
    expect(done.body).toContain('응답해 주셔서 감사합니다');
    const [row] = await asOwner(`SELECT * FROM voc_survey_responses WHERE voc_id = $1`, [c.id]);
    expect(row).toMatchObject({ speed: 5, department_id: c.departmentId, officer_id: c.officerId });

    const again = await resident.post(path, LOW);
    expect(again.status).toBe(409);
    expect(again.body).toContain('이미 응답하신 조사입니다');
    expect((await resident.get(path)).status).toBe(409);
    expect(await responses(c.id)).toBe(1);
  });

  it('explains an expired link kindly and stores nothing', async () => {
    const c = await caseIn('busan');
    const token = await newSurveyLink(asOwner, 'busan', c.id, -1);
    const resident = new Resident();
    const page = await resident.get(`/r/busan/survey/${token}`);
    expect(page.status).toBe(410);
    expect(page.body).toContain('응답 기간이 지났습니다');
    await resident.get('/r/busan/status');
    expect((await resident.post(`/r/busan/survey/${token}`, SCORES)).status).toBe(410);
    expect(await responses(c.id)).toBe(0);
  });

  it("does not open one tenant's link under another tenant's path, nor an unknown tenant", async () => {
    const c = await caseIn('busan');
    const token = await newSurveyLink(asOwner, 'busan', c.id);
    const resident = new Resident();
    const foreign = await resident.get(`/r/seoul/survey/${token}`);
    expect(foreign.status).toBe(404);
    expect(foreign.body).toContain('조사 주소를 확인할 수 없습니다');
    expect((await resident.post(`/r/seoul/survey/${token}`, SCORES)).status).toBe(404);
    expect(await responses(c.id)).toBe(0);
    expect((await resident.get(`/r/atlantis/survey/${token}`)).status).toBe(404);
    expect((await resident.get(`/r/atlantis/status`)).status).toBe(404);
  });
});

const FOLLOWUPS = `query($s: SurveyFollowupStatus) { vocSurveyFollowups(status: $s, first: 200) {
  totalCount edges { node { id vocId receiptNo meanScore status note resolvedBy } } } }`;
const RESOLVE = `mutation($i: ResolveVocSurveyFollowupInput!) { resolveVocSurveyFollowup(input: $i) { id status note } }`;
const RATE = `mutation($i: RateVocQualityInput!) { rateVocQuality(input: $i) { vocId qualityScore qualityRatedBy } }`;
const RESULTS = `query($v: ID, $o: ID, $d: ID) { vocSurveyResults(vocId: $v, officerId: $o, departmentId: $d, first: 10) {
  count speed kindness fairness convenience overall answers { totalCount edges { node { vocId receiptNo comment } } } } }`;

describe('follow-ups, quality rating and results through GraphQL', () => {
  let manager: string;
  let officer: string;
  let agent: string;
  let seoulManager: string;
  beforeAll(async () => {
    [manager, officer, agent, seoulManager] = await Promise.all([
      userToken('busan', 'manager'),
      userToken('busan', 'officer'),
      userToken('busan', 'agent'),
      userToken('seoul', 'manager'),
    ]);
  });

  it('a low score opens a follow-up only the tenant manager lists and resolves', async () => {
    const c = await caseIn('busan');
    const token = await newSurveyLink(asOwner, 'busan', c.id);
    const resident = new Resident();
    await resident.get(`/r/busan/survey/${token}`);
    expect((await resident.post(`/r/busan/survey/${token}`, LOW)).status).toBe(200);

    const list = await gql(manager, FOLLOWUPS, { s: 'OPEN' });
    expect(list.errors).toBeUndefined();
    const mine = list.data!.vocSurveyFollowups.edges.find((e: any) => e.node.vocId === c.id).node;
    expect(mine).toMatchObject({ receiptNo: c.receiptNo, meanScore: 1.5, status: 'OPEN', note: null });

    expect((await gql(officer, FOLLOWUPS, { s: 'OPEN' })).errors?.[0].extensions.code).toBe('FORBIDDEN');
    const seoulList = await gql(seoulManager, FOLLOWUPS, {});
    expect(seoulList.data!.vocSurveyFollowups.edges.map((e: any) => e.node.vocId)).not.toContain(c.id);
    const seoulResolve = await gql(seoulManager, RESOLVE, { i: { id: mine.id, note: '남의 것' } });
    expect(seoulResolve.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect(
      (await gql(officer, RESOLVE, { i: { id: mine.id, note: '담당자' } })).errors?.[0].extensions.code,
    ).toBe('FORBIDDEN');
    const blank = await gql(manager, RESOLVE, { i: { id: mine.id, note: '  ' } });
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    expect(blank.errors?.[0].extensions.messageEn).toBeTruthy();
    const [still] = await asOwner(`SELECT status FROM voc_survey_followups WHERE id = $1`, [mine.id]);
    expect(still.status).toBe('OPEN');

    const done = await gql(manager, RESOLVE, { i: { id: mine.id, note: '전화로 사과하고 재처리 안내' } });
    expect(done.data!.resolveVocSurveyFollowup).toMatchObject({
      status: 'DONE',
      note: '전화로 사과하고 재처리 안내',
    });
  });

  it('quality rating: managers of the tenant only, complex and long-term cases only', async () => {
    const complex = await caseIn('busan', { handlingClass: 'COMPLEX' });
    const simple = await caseIn('busan');
    expect(
      (await gql(officer, RATE, { i: { vocId: complex.id, score: 5 } })).errors?.[0].extensions.code,
    ).toBe('FORBIDDEN');
    const foreign = await gql(seoulManager, RATE, { i: { vocId: complex.id, score: 1 } });
    expect(foreign.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const notComplex = await gql(manager, RATE, { i: { vocId: simple.id, score: 3 } });
    expect(notComplex.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'vocId' });
    const [before] = await asOwner(`SELECT quality_score FROM voc_items WHERE id = $1`, [complex.id]);
    expect(before.quality_score).toBeNull();
    const rated = await gql(manager, RATE, { i: { vocId: complex.id, score: 4 } });
    expect(rated.data!.rateVocQuality).toMatchObject({ vocId: complex.id, qualityScore: 4 });
    const [after] = await asOwner(`SELECT quality_score FROM voc_items WHERE id = $1`, [complex.id]);
    expect(after.quality_score).toBe(4);
  });

  it('results per case: averages for readers, the free text only for those who handle petitions', async () => {
    const c = await caseIn('busan');
    const token = await newSurveyLink(asOwner, 'busan', c.id);
    const resident = new Resident();
    await resident.get(`/r/busan/survey/${token}`);
    await resident.post(`/r/busan/survey/${token}`, { ...SCORES, comment: '감사합니다' });

    const asOfficer = await gql(officer, RESULTS, { v: c.id });
    expect(asOfficer.errors).toBeUndefined();
    expect(asOfficer.data!.vocSurveyResults).toMatchObject({
      count: 1,
      speed: 5,
      kindness: 4,
      overall: 4.5,
      answers: { totalCount: 1, edges: [{ node: { vocId: c.id, comment: '감사합니다' } }] },
    });
    const byOfficer = await gql(officer, RESULTS, { o: c.officerId });
    expect(byOfficer.data!.vocSurveyResults.count).toBeGreaterThanOrEqual(1);

    const asAgent = await gql(agent, RESULTS, { v: c.id });
    expect(asAgent.data!.vocSurveyResults.count).toBe(1);
    expect(asAgent.data!.vocSurveyResults.answers.edges[0].node.comment).toBeNull();
    expect(asAgent.errors?.[0].extensions.code).toBe('FORBIDDEN');

    const seoul = await gql(seoulManager, RESULTS, { v: c.id });
    expect(seoul.data!.vocSurveyResults).toMatchObject({ count: 0, speed: null, answers: { totalCount: 0 } });
    const bad = await gql(officer, RESULTS, { v: 'not-a-uuid' });
    expect(bad.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

const PERIOD_RESULTS = `query($d: ID, $o: ID, $v: ID, $from: String, $to: String) {
  vocSurveyResults(departmentId: $d, officerId: $o, vocId: $v, from: $from, to: $to, first: 10) {
    count speed invited responded responseRate answers { totalCount edges { node { vocId } } } } }`;
const CASE_FOLLOWUPS = `query($v: ID) { vocSurveyFollowups(vocId: $v, first: 10) {
  totalCount edges { node { id vocId status } } } }`;
const ANSWERS = `query($d: ID, $from: String, $to: String, $after: String) {
  vocSurveyAnswers(departmentId: $d, from: $from, to: $to, first: 200, after: $after) {
    totalCount pageInfo { hasNextPage } edges { node { vocId speed comment } } } }`;
const QUALITY = `query($v: ID!) { vocQualityRating(vocId: $v) { vocId qualityScore qualityRatedByName } }`;

describe('results by period with the response rate, follow-ups and quality of one case', () => {
  let manager: string;
  let officer: string;
  let seoulManager: string;
  beforeAll(async () => {
    [manager, officer, seoulManager] = await Promise.all([
      userToken('busan', 'manager'),
      userToken('busan', 'officer'),
      userToken('seoul', 'manager'),
    ]);
  });

  /** A department of its own with two cases sent a link, one answered under the threshold. */
  async function departmentWithCases() {
    const tag = Math.random().toString(36).slice(2, 8);
    const [department] = await asOwner(
      `INSERT INTO departments (tenant_id, code, name, sort_order)
       SELECT 'busan', $1, $2, coalesce(max(sort_order), 0) + 1 FROM departments
        WHERE tenant_id = 'busan' AND parent_id IS NULL RETURNING id`,
      [`SV-${tag}`, `조사과 ${tag}`],
    );
    const [staff] = await asOwner(
      `INSERT INTO staff (tenant_id, name, department_id, active) VALUES ('busan', $1, $2, true) RETURNING id`,
      [`조사 ${tag}`, department.id],
    );
    const owned = { departmentId: department.id as string, officerId: staff.id as string };
    const answered = await caseIn('busan', { ...owned, handlingClass: 'LONG_TERM' });
    const silent = await caseIn('busan', owned);
    const token = await newSurveyLink(asOwner, 'busan', answered.id);
    await newSurveyLink(asOwner, 'busan', silent.id);
    const resident = new Resident();
    await resident.get(`/r/busan/survey/${token}`);
    expect((await resident.post(`/r/busan/survey/${token}`, LOW)).status).toBe(200);
    return { ...owned, answered, silent };
  }

  it('answers the response rate of a department and officer, narrowed to a month range', async () => {
    const d = await departmentWithCases();
    // newSurveyLink dates the links 30 days back: the range runs from that month to this one (Seoul).
    const monthOf = (d: Date) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul', year: 'numeric', month: '2-digit' })
        .format(d)
        .slice(0, 7);
    const from = monthOf(new Date(Date.now() - 31 * 86_400_000));
    const month = monthOf(new Date());
    const now = await gql(officer, PERIOD_RESULTS, { d: d.departmentId, from, to: month });
    expect(now.errors).toBeUndefined();
    expect(now.data!.vocSurveyResults).toMatchObject({
      count: 1,
      speed: 1,
      invited: 2,
      responded: 1,
      responseRate: 0.5,
      answers: { totalCount: 1, edges: [{ node: { vocId: d.answered.id } }] },
    });
    const byOfficer = await gql(officer, PERIOD_RESULTS, { o: d.officerId });
    expect(byOfficer.data!.vocSurveyResults).toMatchObject({ count: 1, invited: 2, responseRate: 0.5 });
    const before = await gql(officer, PERIOD_RESULTS, { d: d.departmentId, from: '2024-01', to: '2024-12' });
    expect(before.data!.vocSurveyResults).toMatchObject({ count: 0, invited: 0, responseRate: null });

    const answersOnly = await gql(officer, PERIOD_RESULTS, { d: d.departmentId, from: month, to: month });
    expect(answersOnly.data!.vocSurveyResults).toMatchObject({ count: 1 });
    const page = await gql(officer, ANSWERS, { d: d.departmentId, from, to: month });
    expect(page.errors).toBeUndefined();
    expect(page.data!.vocSurveyAnswers).toMatchObject({
      totalCount: 1,
      pageInfo: { hasNextPage: false },
      edges: [{ node: { vocId: d.answered.id, speed: 1 } }],
    });
    const seoulPage = await gql(seoulManager, ANSWERS, { d: d.departmentId });
    expect(seoulPage.data!.vocSurveyAnswers).toMatchObject({ totalCount: 0, edges: [] });
    const forged = await gql(officer, ANSWERS, { d: d.departmentId, after: 'bm90LWpzb24' });
    expect(forged.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const seoul = await gql(seoulManager, PERIOD_RESULTS, { d: d.departmentId, from, to: month });
    expect(seoul.data!.vocSurveyResults).toMatchObject({
      count: 0,
      invited: 0,
      responded: 0,
      responseRate: null,
    });
  });

  it('refuses a bad period with a stable code and a bilingual message', async () => {
    for (const [vars, field] of [
      [{ from: '2026-13', to: '2026-12' }, 'from'],
      [{ from: '2026-01' }, 'to'],
      [{ from: '2026-06', to: '2026-01' }, 'to'],
      [{ from: '2023-01', to: '2026-01' }, 'to'],
    ] as const) {
      const bad = await gql(officer, PERIOD_RESULTS, vars);
      expect([vars, bad.errors?.[0].extensions.code]).toEqual([vars, 'BAD_USER_INPUT']);
      expect(bad.errors?.[0].message).toMatch(/[가-힣]/);
      expect(bad.errors?.[0].extensions.messageEn).toBeTruthy();
      if (bad.errors?.[0].extensions.field) expect(bad.errors[0].extensions.field).toBe(field);
    }
  });

  it("lists one case's follow-up, and reads and rates long-term quality, for the tenant only", async () => {
    const d = await departmentWithCases();
    const mine = await gql(manager, CASE_FOLLOWUPS, { v: d.answered.id });
    expect(mine.data!.vocSurveyFollowups).toMatchObject({
      totalCount: 1,
      edges: [{ node: { vocId: d.answered.id, status: 'OPEN' } }],
    });
    const none = await gql(manager, CASE_FOLLOWUPS, { v: d.silent.id });
    expect(none.data!.vocSurveyFollowups.totalCount).toBe(0);
    const foreign = await gql(seoulManager, CASE_FOLLOWUPS, { v: d.answered.id });
    expect(foreign.data!.vocSurveyFollowups.totalCount).toBe(0);
    expect((await gql(officer, CASE_FOLLOWUPS, { v: d.answered.id })).errors?.[0].extensions.code).toBe(
      'FORBIDDEN',
    );
    expect((await gql(manager, CASE_FOLLOWUPS, { v: 'x' })).errors?.[0].extensions.code).toBe(
      'BAD_USER_INPUT',
    );

    expect((await gql(officer, QUALITY, { v: d.answered.id })).data!.vocQualityRating).toBeNull();
    const foreignRate = await gql(seoulManager, RATE, { i: { vocId: d.answered.id, score: 1 } });
    expect(foreignRate.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const rated = await gql(manager, RATE, { i: { vocId: d.answered.id, score: 3 } });
    expect(rated.errors).toBeUndefined();
    expect(rated.data!.rateVocQuality).toMatchObject({ vocId: d.answered.id, qualityScore: 3 });
    expect((await gql(officer, QUALITY, { v: d.answered.id })).data!.vocQualityRating).toMatchObject({
      vocId: d.answered.id,
      qualityScore: 3,
    });
    expect((await gql(seoulManager, QUALITY, { v: d.answered.id })).data!.vocQualityRating).toBeNull();
    expect((await gql(officer, QUALITY, { v: 'x' })).errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const [row] = await asOwner(`SELECT quality_score FROM voc_items WHERE id = $1`, [d.answered.id]);
    expect(row.quality_score).toBe(3);
  });
});

describe('the survey tables at the database (RLS)', () => {
  it("shows and changes no row of another tenant's invitations, answers or follow-ups", async () => {
    const c = await caseIn('seoul');
    const token = await newSurveyLink(asOwner, 'seoul', c.id);
    const resident = new Resident();
    await resident.get(`/r/seoul/survey/${token}`);
    expect((await resident.post(`/r/seoul/survey/${token}`, LOW)).status).toBe(200);
    await app.query('BEGIN');
    try {
      await app.query("SELECT set_config('app.tenant_id', 'busan', true)");
      for (const table of ['voc_survey_invitations', 'voc_survey_followups', 'voc_survey_responses']) {
        const seen = await app.query(`SELECT count(*)::int AS n FROM ${table} WHERE voc_id = $1`, [c.id]);
        expect([table, seen.rows[0].n]).toEqual([table, 0]);
      }
      const used = await app.query(`UPDATE voc_survey_invitations SET used_at = NULL WHERE voc_id = $1`, [
        c.id,
      ]);
      expect(used.rowCount).toBe(0);
      const followup = await app.query(
        `UPDATE voc_survey_followups SET status = 'DONE', resolved_at = now()
        WHERE voc_id = $1`,
        [c.id],
      );
      expect(followup.rowCount).toBe(0);
      const insert = await app
        .query(`INSERT INTO voc_survey_followups (tenant_id, voc_id, mean_score) VALUES ('seoul', $1, 1)`, [
          c.id,
        ])
        .catch((e: Error) => e);
      expect(String(insert)).toMatch(/row-level security|duplicate key/);
    } finally {
      await app.query('ROLLBACK');
    }
    const [row] = await asOwner(`SELECT status FROM voc_survey_followups WHERE voc_id = $1`, [c.id]);
    expect(row.status).toBe('OPEN');
  });
});
