import type { Client } from 'pg';
import { ensureWorkflow, insertCase } from './voc-cases';

/**
 * A task written as the owner (the tasks service is another capability): an owner staff member and a linked
 * VOC item whose resident has a name and phone, none of which may ever reach the public page; the first three
 * steps of Busan's example plan.
 */
export const OWNER_NAME = '담당자최비밀';
export const RESIDENT_NAME = '민원인박비밀';
export const RESIDENT_PHONE = '01098761234';

export async function newPublicTask(
  owner: Client,
  tenant: string,
  seed: { title?: string; summary?: string; isPublic?: boolean; status?: string } = {},
) {
  await ensureWorkflow(owner, tenant, 'task', 1, { key: 'task', states: [] });
  const [dept] = (
    await owner.query(`SELECT id FROM departments WHERE tenant_id = $1 ORDER BY code LIMIT 1`, [tenant])
  ).rows;
  const [staff] = (
    await owner.query(
      `INSERT INTO staff (tenant_id, department_id, name, active) VALUES ($1, $2, $3, true) RETURNING id`,
      [tenant, dept.id, OWNER_NAME],
    )
  ).rows;
  const seq = Number(String(Date.now()).slice(-9)) + Math.floor(Math.random() * 1000);
  const no = `TASK-2026-${seq}`;
  const [task] = (
    await owner.query(
      `INSERT INTO tasks (tenant_id, management_year, management_seq, management_no, title, source, kind,
         department_id, owner_id, summary, status, workflow_key, workflow_version, progress, weight_total,
         is_public, published_at, created_by)
       VALUES ($1, 2026, $2, $3, $4, 'PETITION', 'SHORT_TERM', $5, $6, $7, $8, 'task', 1, 35.5, 65,
         $9, CASE WHEN $9 THEN now() END, 'test') RETURNING id, version`,
      [
        tenant,
        seq,
        no,
        seed.title ?? '횡단보도 신호 개선',
        dept.id,
        staff.id,
        seed.summary ?? '학교 앞 횡단보도의 신호 시간을 늘립니다.',
        seed.status ?? 'IN_PROGRESS',
        seed.isPublic ?? false,
      ],
    )
  ).rows;
  // Busan's example: the first three steps of a plan.
  await owner.query(
    `INSERT INTO task_steps (tenant_id, task_id, position, name, weight, planned_days, started_on, ended_on, progress)
     VALUES ($1, $2, 1, '서류검토', 20, 10, '2026-11-01', '2026-11-06', 100),
            ($1, $2, 2, '현장조사', 15, 20, '2026-11-06', NULL, 30),
            ($1, $2, 3, '협의중재', 30, 40, NULL, NULL, 0)`,
    [tenant, task.id],
  );
  const voc = await insertCase(owner, tenant, {});
  await owner.query(
    `UPDATE voc_items SET contact_name = $3, contact_phone = $4 WHERE tenant_id = $1 AND id = $2`,
    [tenant, voc, RESIDENT_NAME, RESIDENT_PHONE],
  );
  await owner.query(
    `INSERT INTO task_voc_links (tenant_id, task_id, voc_id, linked_by) VALUES ($1, $2, $3, 'test')`,
    [tenant, task.id, voc],
  );
  return { id: task.id as string, no, version: task.version as number };
}
