import { formatManagementNo, planDay, planFigures, receiptYear, type ActionStep } from '@pcrm/crm-core';
import type { Sql, TenantScopes, TenantSeed } from '@pcrm/tenancy';
import { SEED_CREATOR } from '../customers/customer-plan';

interface DemoStep extends ActionStep {
  name: string;
}

/** `n` days before `today` (YYYY-MM-DD). */
const before = (today: string, n: number) => {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
};

/** Six demo tasks: one per state of a plan (drafted, approved, under way with Busan's figures, done, 처리불가). */
function demoTasks(today: string) {
  const step = (
    name: string,
    weight: number,
    plannedDays: number,
    start: number | null,
    end: number | null,
    progress: number,
  ): DemoStep => ({
    name,
    weight,
    plannedDays,
    startedOn: start === null ? null : before(today, start),
    endedOn: end === null ? null : before(today, end),
    progress,
  });
  const busan = [
    step('서류검토', 20, 10, 20, 15, 100),
    step('현장조사', 15, 20, 15, null, 30),
    step('협의중재', 30, 40, 30, null, 50),
    step('개선공사', 35, 30, null, null, 0),
  ];
  return [
    {
      title: '상습 침수 구간 배수 개선',
      kind: 'LONG_TERM',
      status: 'PLANNING',
      approved: false,
      steps: busan.slice(0, 3).map((s) => ({ ...s, startedOn: null, endedOn: null, progress: 0 })),
    },
    {
      title: '통학로 불법 주정차 해소',
      kind: 'SHORT_TERM',
      status: 'PLANNING',
      approved: true,
      steps: busan.map((s) => ({ ...s, startedOn: null, endedOn: null, progress: 0 })),
    },
    { title: '노후 보도블록 정비', kind: 'SHORT_TERM', status: 'IN_PROGRESS', approved: true, steps: busan },
    {
      title: '공원 야간 조명 확충',
      kind: 'SHORT_TERM',
      status: 'IN_PROGRESS',
      approved: true,
      steps: [step('현장조사', 40, 10, 30, null, 60), step('설치공사', 60, 20, null, null, 0)],
    },
    {
      title: '버스정류장 비가림 시설 설치',
      kind: 'SHORT_TERM',
      status: 'COMPLETED',
      approved: true,
      steps: [step('수요조사', 30, 10, 60, 52, 100), step('설치', 70, 30, 52, 30, 100)],
    },
    { title: '국도 소음 방음벽 설치', kind: 'LONG_TERM', status: 'IMPOSSIBLE', approved: false, steps: [] },
  ];
}

/**
 * Demo tasks of one tenant (development and the browser specs), linked to its seeded petitions, unless the
 * tenant already has demo tasks; the task workflow's version 1 comes with the reference data. Returns the
 * number added.
 */
export async function seedDemoTasks(
  db: Pick<TenantScopes, 'withTenant'>,
  tenant: TenantSeed,
): Promise<number> {
  return db.withTenant(tenant.code, async (sql: Sql) => {
    if ((await sql.query(`SELECT 1 FROM tasks WHERE created_by = $1 LIMIT 1`, [SEED_CREATOR])).length)
      return 0;
    const [manager] = await sql.query<{ id: string; department_id: string }>(
      `SELECT id, department_id FROM staff WHERE username = 'manager'`,
    );
    if (!manager) return 0;
    const today = planDay();
    const tasks = demoTasks(today);
    const year = receiptYear(new Date());
    await sql.query(
      `INSERT INTO task_number_counters (tenant_id, year) VALUES (current_setting('app.tenant_id', true), $1)
       ON CONFLICT DO NOTHING`,
      [year],
    );
    const [{ first }] = await sql.query<{ first: string }>(
      `UPDATE task_number_counters SET next_seq = next_seq + $2 WHERE year = $1 RETURNING next_seq - $2 AS first`,
      [year, tasks.length],
    );
    const vocs = await sql.query<{ id: string }>(
      `SELECT id FROM voc_items WHERE created_by = $1 ORDER BY received_at DESC LIMIT $2`,
      [SEED_CREATOR, tasks.length * 2],
    );
    for (const [i, t] of tasks.entries()) {
      const f = planFigures(t.steps, today);
      const seq = Number(first) + i;
      const [{ id }] = await sql.query<{ id: string }>(
        `INSERT INTO tasks (tenant_id, management_year, management_seq, management_no, title, source, kind,
           department_id, owner_id, summary, status, workflow_key, workflow_version, weight_total, progress,
           compliance, plan_approved_at, plan_approved_by, started_at, closed_at, impossible_reason, created_by)
         VALUES (current_setting('app.tenant_id', true), $1, $2, $3, $4, 'PETITION', $5, $6, $7, $8, $9, 'task', 1,
           $10, $11, $12, CASE WHEN $13 THEN now() END, CASE WHEN $13 THEN $7::uuid END,
           CASE WHEN $9 IN ('IN_PROGRESS', 'COMPLETED') THEN now() - interval '30 days' END,
           CASE WHEN $9 IN ('COMPLETED', 'IMPOSSIBLE') THEN now() - interval '1 day' END,
           CASE WHEN $9 = 'IMPOSSIBLE' THEN '국가 사무(국토교통부 소관)로 시에서 추진할 수 없습니다.' END, $14)
         RETURNING id`,
        [
          year,
          seq,
          formatManagementNo(tenant.code, year, seq),
          t.title,
          t.kind,
          manager.department_id,
          manager.id,
          '주민 민원이 거듭 접수된 사안을 만족할 때까지 해결합니다.',
          t.status,
          f.weightTotal,
          f.progress,
          f.compliance,
          t.approved,
          SEED_CREATOR,
        ],
      );
      for (const [p, s] of t.steps.entries())
        await sql.query(
          `INSERT INTO task_steps (tenant_id, task_id, position, name, weight, planned_days, started_on, ended_on, progress)
           VALUES (current_setting('app.tenant_id', true), $1, $2, $3, $4, $5, $6, $7, $8)`,
          [id, p + 1, s.name, s.weight, s.plannedDays, s.startedOn, s.endedOn, s.progress],
        );
      for (const voc of vocs.slice(i * 2, i * 2 + 2))
        await sql.query(
          `INSERT INTO task_voc_links (tenant_id, task_id, voc_id, linked_by)
           VALUES (current_setting('app.tenant_id', true), $1, $2, $3)`,
          [id, voc.id, SEED_CREATOR],
        );
    }
    return tasks.length;
  });
}
