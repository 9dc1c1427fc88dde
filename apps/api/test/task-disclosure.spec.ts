import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { baseUrl, gql, userToken } from './support/api';
import { OWNER_NAME, RESIDENT_NAME, RESIDENT_PHONE, newPublicTask } from './support/public-tasks';

/**
 * Public disclosure of tasks over real HTTP (docs/adr/0029): publishing is refused while a public field holds
 * personal data and changes nothing; the page and JSON show only public tasks and only public fields; another
 * tenant's task is the same 404 as an unknown one; a follower hears of a change once and can unsubscribe;
 * tenant isolation at the API and in the database. Tasks are made with SQL (the tasks service is another
 * capability): `daegu` is the tenant under test, `chungnam` the other.
 */
const A = 'daegu';
const B = 'chungnam';
let owner: Client;
let manager: string;
let agent: string;
let otherAdmin: string;

const row = async (tenant: string, id: string) =>
  (
    await owner.query(`SELECT is_public, published_at, version FROM tasks WHERE tenant_id = $1 AND id = $2`, [
      tenant,
      id,
    ])
  ).rows[0];

const SET = `mutation ($id: ID!, $p: Boolean!, $v: Int!) {
  setTaskPublic(id: $id, public: $p, expectedVersion: $v) { isPublic version problems { field kind } view { title progress } }
}`;
const PREVIEW = `query ($id: ID!) { taskPublicPreview(id: $id) {
  isPublic version problems { field kind messageKo messageEn }
  view { managementNo title summary status statusKo progress steps { position name weight plannedDays actualDays progress status } }
} }`;

beforeAll(async () => {
  owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  await owner.connect();
  manager = await userToken(A, 'manager');
  agent = await userToken(A, 'agent');
  otherAdmin = await userToken(B, 'admin');
});
afterAll(() => owner.end());

describe('setTaskPublic', () => {
  it('refuses personal data in a public field with its field and kind, and changes nothing', async () => {
    const t = await newPublicTask(owner, A, {
      summary: `${RESIDENT_NAME} 님 요청, 연락처 ０１０-９８７６-１２３４`,
    });
    const before = await row(A, t.id);
    const refused = await gql(manager, SET, { id: t.id, p: true, v: t.version });
    expect(refused.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'summary',
      reason: 'PERSONAL_DATA',
      problems: [
        { field: 'summary', kind: 'PHONE' },
        { field: 'summary', kind: 'RESIDENT_NAME' },
      ],
    });
    expect(refused.errors![0].message).not.toContain('9876');
    expect(await row(A, t.id)).toEqual(before);

    const preview = (await gql(manager, PREVIEW, { id: t.id })).data!.taskPublicPreview;
    expect(preview.problems.map((p: { kind: string }) => p.kind)).toEqual(['PHONE', 'RESIDENT_NAME']);
  });

  it('publishes a clean task (version bumped, audited) and unpublishes it', async () => {
    const t = await newPublicTask(owner, A);
    const done = await gql(manager, SET, { id: t.id, p: true, v: t.version });
    expect(done.errors).toBeUndefined();
    expect(done.data!.setTaskPublic).toMatchObject({ isPublic: true, version: t.version + 1, problems: [] });
    const audit = await owner.query(
      `SELECT after FROM audit_events WHERE tenant_id = $1 AND entity = 'task' AND entity_id = $2`,
      [A, t.id],
    );
    expect(audit.rows.map((r) => r.after)).toEqual([{ isPublic: true, version: t.version + 1 }]);

    const stale = await gql(manager, SET, { id: t.id, p: false, v: t.version });
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion' });
    const off = await gql(manager, SET, { id: t.id, p: false, v: t.version + 1 });
    expect(off.data!.setTaskPublic).toMatchObject({ isPublic: false, version: t.version + 2 });
    expect((await row(A, t.id)).published_at).toBeNull();
  });

  it('shows the Busan example’s figures in the preview', async () => {
    const t = await newPublicTask(owner, A);
    const view = (await gql(manager, PREVIEW, { id: t.id })).data!.taskPublicPreview.view;
    expect(
      view.steps.map(
        (s: { weight: number; plannedDays: number; actualDays: number | null; progress: number }) => [
          s.weight,
          s.plannedDays,
          s.actualDays,
          s.progress,
        ],
      ),
    ).toEqual([
      [20, 10, 5, 100],
      [15, 20, expect.any(Number), 30],
      [30, 40, null, 0],
    ]);
  });

  it('is refused to an agent, and another tenant’s task is NOT_FOUND with nothing changed', async () => {
    const t = await newPublicTask(owner, A);
    const denied = await gql(agent, SET, { id: t.id, p: true, v: t.version });
    expect(denied.errors![0].extensions!.code).toBe('FORBIDDEN');
    const foreign = await gql(otherAdmin, SET, { id: t.id, p: true, v: t.version });
    expect(foreign.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await gql(otherAdmin, PREVIEW, { id: t.id })).errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await row(A, t.id)).is_public).toBe(false);
  });

  it('refuses a malformed id and version with their fields', async () => {
    const bad = await gql(manager, SET, { id: 'x', p: true, v: 0 });
    expect(bad.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });
});

describe('a public task changed through the tasks API', () => {
  const UPDATE = `mutation ($i: UpdateTaskInput!) { updateTask(input: $i) { version summary } }`;
  const PLAN = `mutation ($id: ID!, $v: Int!, $s: [TaskStepInput!]!) { saveTaskPlan(id: $id, expectedVersion: $v, steps: $s) { version } }`;
  const fields = async (id: string) =>
    (await owner.query(`SELECT summary, version FROM tasks WHERE tenant_id = $1 AND id = $2`, [A, id]))
      .rows[0];

  it('refuses an edit or a plan that would put personal data on the public page, and changes nothing', async () => {
    const admin = await userToken(A, 'admin');
    const t = await newPublicTask(owner, A, { isPublic: true, status: 'PLANNING' });
    const before = await fields(t.id);

    const edit = await gql(admin, UPDATE, {
      i: { id: t.id, expectedVersion: t.version, summary: `문의는 010 2345 6789 로 주세요.` },
    });
    expect(edit.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'summary',
      reason: 'PERSONAL_DATA',
    });
    const plan = await gql(admin, PLAN, {
      id: t.id,
      v: t.version,
      s: [{ name: `${RESIDENT_NAME} 면담`, weight: 50, plannedDays: 5, progress: 0 }],
    });
    expect(plan.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PERSONAL_DATA' });
    expect(await fields(t.id)).toEqual(before);
    expect(
      (
        await owner.query(`SELECT count(*)::int AS n FROM task_steps WHERE tenant_id = $1 AND task_id = $2`, [
          A,
          t.id,
        ])
      ).rows[0].n,
    ).toBe(3);

    const clean = await gql(admin, UPDATE, {
      i: { id: t.id, expectedVersion: t.version, summary: '신호 시간을 10초 늘립니다.' },
    });
    expect(clean.errors).toBeUndefined();
    expect(clean.data!.updateTask).toMatchObject({
      summary: '신호 시간을 10초 늘립니다.',
      version: t.version + 1,
    });
  });
});

describe('the public page and JSON', () => {
  const get = async (path: string) => {
    const res = await fetch(`${baseUrl()}${path}`);
    return { status: res.status, body: await res.text(), headers: res.headers };
  };

  it('shows a public task’s public fields and never its owner or residents', async () => {
    const t = await newPublicTask(owner, A, { isPublic: true, title: '공개 과업 보도 정비' });
    const page = await get(`/r/${A}/tasks/${t.no}`);
    expect(page.status).toBe(200);
    for (const shown of [
      '공개 과업 보도 정비',
      t.no,
      '진행중',
      '서류검토',
      '현장조사',
      '협의중재',
      'role="region"',
      '<progress',
    ])
      expect(page.body).toContain(shown);
    const api = await get(`/r/${A}/api/tasks/${t.no}`);
    expect(api.status).toBe(200);
    expect(api.headers.get('cache-control')).toBe('public, max-age=60');
    const json = JSON.parse(api.body);
    expect(Object.keys(json).sort()).toEqual(
      [
        'closedAt',
        'compliance',
        'id',
        'impossibleReason',
        'managementNo',
        'progress',
        'publishedAt',
        'result',
        'status',
        'statusKo',
        'steps',
        'summary',
        'title',
        'updatedAt',
      ].sort(),
    );
    expect(json.progress).toBe(35.5);
    for (const body of [page.body, api.body])
      for (const hidden of [OWNER_NAME, RESIDENT_NAME, RESIDENT_PHONE, '9876'])
        expect(body).not.toContain(hidden);

    const list = await get(`/r/${A}/api/tasks?first=50`);
    expect(JSON.parse(list.body).items.some((i: { managementNo: string }) => i.managementNo === t.no)).toBe(
      true,
    );
    const html = await get(`/r/${A}/tasks?status=IN_PROGRESS`);
    expect(html.status).toBe(200);
  });

  it('answers a non-public, unknown and other tenant’s task with the same 404', async () => {
    const hidden = await newPublicTask(owner, A);
    const foreign = await newPublicTask(owner, B, { isPublic: true });
    const pages = [
      await get(`/r/${A}/tasks/${hidden.no}`),
      await get(`/r/${A}/tasks/${foreign.no}`),
      await get(`/r/${A}/tasks/${foreign.id}`),
      await get(`/r/${A}/tasks/TASK-0000-1`),
    ];
    expect(pages.map((p) => p.status)).toEqual([404, 404, 404, 404]);
    expect(new Set(pages.map((p) => p.body.replace(/pcrm_r_csrf=[^;]*/g, ''))).size).toBe(1);
    expect((await get(`/r/${A}/api/tasks/${hidden.no}`)).status).toBe(404);
    const list = JSON.parse((await get(`/r/${A}/api/tasks?first=50`)).body);
    expect(list.items.map((i: { id: string }) => i.id)).not.toContain(hidden.id);
    expect(list.items.map((i: { id: string }) => i.id)).not.toContain(foreign.id);
  });

  it('pages by cursor and refuses a forged one', async () => {
    await newPublicTask(owner, A, { isPublic: true });
    await newPublicTask(owner, A, { isPublic: true });
    const first = JSON.parse((await get(`/r/${A}/api/tasks?first=1`)).body);
    expect(first.items).toHaveLength(1);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = JSON.parse((await get(`/r/${A}/api/tasks?first=1&after=${first.nextCursor}`)).body);
    expect(second.items[0].id).not.toBe(first.items[0].id);
    const forged = await get(
      `/r/${A}/api/tasks?after=${Buffer.from('["x\\u0000","y"]').toString('base64url')}`,
    );
    expect(forged.status).toBe(400);
    expect(JSON.parse(forged.body).error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect((await get(`/r/${A}/api/tasks?status=NOPE`)).status).toBe(400);
  });
});

class Resident {
  private cookie = '';
  async get(path: string) {
    const res = await fetch(`${baseUrl()}${path}`, { headers: this.cookie ? { cookie: this.cookie } : {} });
    const set = res.headers.getSetCookie().find((c) => c.startsWith('pcrm_r_csrf='));
    if (set) this.cookie = set.split(';')[0];
    return { status: res.status, body: await res.text() };
  }
  async post(path: string, form: Record<string, string>) {
    const res = await fetch(`${baseUrl()}${path}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: this.cookie },
      body: new URLSearchParams({ ...form, _csrf: this.cookie.split('=')[1] ?? '' }).toString(),
    });
    return { status: res.status, body: await res.text(), location: res.headers.get('location') };
  }
}

const outbox = async (taskId: string) =>
  (
    await owner.query(
      `SELECT template_key, recipient, body, state FROM notification_outbox
        WHERE tenant_id = $1 AND subject_type = 'task' AND subject_id = $2 ORDER BY created_at`,
      [A, taskId],
    )
  ).rows;

/**
 * Fires the follower job's schedule and waits for daegu's run of it (the real five-minute cron may add runs
 * of its own meanwhile: the notices are the same, which is the point).
 */
async function runNotifier(): Promise<void> {
  const started = (await owner.query<{ now: Date }>(`SELECT now()`)).rows[0].now;
  await owner.query(`INSERT INTO pgboss.job (name, data) VALUES ('task-follower-notify-schedule', '{}')`);
  const deadline = Date.now() + 90_000;
  for (;;) {
    const { rows } = await owner.query(
      `SELECT state FROM jobs WHERE tenant_id = $1 AND kind = 'task-follower-notify' AND created_at >= $2`,
      [A, started],
    );
    if (rows.some((r) => r.state === 'completed')) return;
    if (Date.now() > deadline) throw new Error(`no completed follower job: ${JSON.stringify(rows)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('following a task', () => {
  it('needs an address and consent, stores nothing without them', async () => {
    const t = await newPublicTask(owner, A, { isPublic: true });
    const r = new Resident();
    await r.get(`/r/${A}/tasks/${t.no}`);
    const refused = await r.post(`/r/${A}/tasks/${t.no}/follow`, { email: 'not-an-address' });
    expect(refused.status).toBe(400);
    expect(refused.body).toContain('href="#email"');
    expect(refused.body).toContain('href="#consent"');
    const noConsent = await r.post(`/r/${A}/tasks/${t.no}/follow`, { email: 'f@example.com' });
    expect(noConsent.status).toBe(400);
    const n = await owner.query(
      `SELECT count(*)::int AS n FROM task_followers WHERE tenant_id = $1 AND task_id = $2`,
      [A, t.id],
    );
    expect(n.rows[0].n).toBe(0);
  });

  it('follows once (a repeat is the same answer), hears of a change once, and unsubscribes', async () => {
    const t = await newPublicTask(owner, A, { isPublic: true });
    const address = `follower-${randomUUID().slice(0, 8)}@example.com`;
    const r = new Resident();
    await r.get(`/r/${A}/tasks/${t.no}`);
    const followed = await r.post(`/r/${A}/tasks/${t.no}/follow`, {
      email: address.toUpperCase(),
      consent: 'yes',
    });
    expect(followed.status).toBe(303);
    const again = await r.post(`/r/${A}/tasks/${t.no}/follow`, { email: address, consent: 'yes' });
    expect(again.status).toBe(303);
    expect(again.location).toBe(followed.location);
    const stored = await owner.query(
      `SELECT address, consent_text FROM task_followers WHERE tenant_id = $1 AND task_id = $2`,
      [A, t.id],
    );
    expect(stored.rows).toEqual([{ address, consent_text: expect.stringContaining('동의') }]);
    expect((await outbox(t.id)).map((m) => m.template_key)).toEqual(['task.followed']);

    // A change by whatever means, then the schedule fires (twice: the second finds nothing to tell).
    await owner.query(
      `UPDATE tasks SET progress = 50, version = version + 1, updated_at = now() WHERE tenant_id = $1 AND id = $2`,
      [A, t.id],
    );
    await runNotifier();
    await runNotifier();
    const messages = await outbox(t.id);
    expect(messages.map((m) => m.template_key)).toEqual(['task.followed', 'task.updated']);
    expect(messages[1].body).toContain('진행률 50%');

    // Delivered through the development SMTP receiver.
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline && (await outbox(t.id)).some((m) => m.state !== 'SENT'))
      await new Promise((res) => setTimeout(res, 300));
    expect((await outbox(t.id)).map((m) => m.state)).toEqual(['SENT', 'SENT']);

    const link = /\/r\/daegu\/tasks\/unfollow\/([A-Za-z0-9_-]{43})/.exec(messages[1].body)!;
    const confirm = await r.get(link[0]);
    expect(confirm.status).toBe(200);
    const gone = await r.post(link[0], {});
    expect(gone.status).toBe(200);
    expect(gone.body).toContain('알림을 해지했습니다');
    expect((await r.post(link[0], {})).status).toBe(404);
    const left = await owner.query(
      `SELECT count(*)::int AS n FROM task_followers WHERE tenant_id = $1 AND task_id = $2`,
      [A, t.id],
    );
    expect(left.rows[0].n).toBe(0);
  }, 240_000);

  it('stops telling followers of an unpublished task', async () => {
    const t = await newPublicTask(owner, A, { isPublic: true });
    const r = new Resident();
    await r.get(`/r/${A}/tasks/${t.no}`);
    await r.post(`/r/${A}/tasks/${t.no}/follow`, {
      email: `quiet-${randomUUID().slice(0, 8)}@example.com`,
      consent: 'yes',
    });
    await owner.query(
      `UPDATE tasks SET is_public = false, published_at = NULL, version = version + 1 WHERE tenant_id = $1 AND id = $2`,
      [A, t.id],
    );
    await runNotifier();
    expect((await outbox(t.id)).map((m) => m.template_key)).toEqual(['task.followed']);
  }, 120_000);
});

describe('hostile follows', () => {
  it('keeps one follower and one confirmation for concurrent duplicates, refuses NUL, then limits the address', async () => {
    const t = await newPublicTask(owner, A, { isPublic: true });
    const r = new Resident();
    await r.get(`/r/${A}/tasks/${t.no}`);
    const address = `dup-${randomUUID().slice(0, 8)}@example.com`;
    const answers = await Promise.all(
      [1, 2, 3, 4].map(() => r.post(`/r/${A}/tasks/${t.no}/follow`, { email: address, consent: 'yes' })),
    );
    expect(answers.map((a) => a.status)).toEqual([303, 303, 303, 303]);
    const rows = await owner.query(
      `SELECT address FROM task_followers WHERE tenant_id = $1 AND task_id = $2`,
      [A, t.id],
    );
    expect(rows.rows).toEqual([{ address }]);
    expect((await outbox(t.id)).map((m) => m.template_key)).toEqual(['task.followed']);

    const nul = await r.post(`/r/${A}/tasks/${t.no}/follow`, {
      email: `a\u0000b@example.com`,
      consent: 'yes',
    });
    expect(nul.status).toBe(400);
    // Ten follow posts an hour per address and tenant (this file has made them): the next one waits.
    const limited = await r.post(`/r/${A}/tasks/${t.no}/follow`, { email: address, consent: 'yes' });
    expect(limited.status).toBe(429);
  });
});

describe('isolation in the database', () => {
  it('as the runtime role of one tenant, another tenant’s followers and tokens are invisible and untouchable', async () => {
    const t = await newPublicTask(owner, B, { isPublic: true });
    await owner.query(
      `INSERT INTO task_followers (tenant_id, task_id, channel, address, consented_at, consent_text, last_notified_version)
       VALUES ($1, $2, 'EMAIL', 'iso@example.com', now(), '동의', 1)`,
      [B, t.id],
    );
    const app = new Client({ connectionString: process.env.PCRM_APP_DATABASE_URL });
    await app.connect();
    try {
      await app.query('BEGIN');
      await app.query(`SELECT set_config('app.tenant_id', $1, true)`, [A]);
      const seen = await app.query(`SELECT id FROM task_followers WHERE task_id = $1`, [t.id]);
      const changed = await app.query(
        `UPDATE task_followers SET last_notified_version = 99 WHERE task_id = $1`,
        [t.id],
      );
      const deleted = await app.query(`DELETE FROM task_followers WHERE task_id = $1`, [t.id]);
      const tasks = await app.query(`UPDATE tasks SET is_public = false, published_at = NULL WHERE id = $1`, [
        t.id,
      ]);
      await app.query('COMMIT');
      expect([seen.rowCount, changed.rowCount, deleted.rowCount, tasks.rowCount]).toEqual([0, 0, 0, 0]);
    } finally {
      await app.end();
    }
  });
});
