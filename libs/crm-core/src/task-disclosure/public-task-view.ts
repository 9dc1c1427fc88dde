import { StepStatus, stepFigures } from '../tasks';
import type { PublicTextField } from './public-text';

/** The lifecycle states of a task (fixed codes; the labels residents read). */
export const TASK_STATUS_KO: Record<string, string> = {
  PLANNING: '계획중',
  IN_PROGRESS: '진행중',
  COMPLETED: '완료',
  IMPOSSIBLE: '처리불가',
};

export const STEP_STATUS_KO: Record<StepStatus, string> = {
  NOT_STARTED: '시작 전',
  IN_PROGRESS: '진행중',
  DONE: '완료',
};

/** One plan step as the public sees it. */
export interface PublicStepView {
  position: number;
  name: string;
  weight: number;
  plannedDays: number;
  actualDays: number | null;
  progress: number;
  status: StepStatus;
  statusKo: string;
  overdue: boolean;
  note: string | null;
}

/**
 * Everything a public task shows (page, JSON, admin preview): no owner, department, creator, linked VOC item
 * or resident. `result` only once completed, `impossibleReason` only when it cannot be done.
 */
export interface PublicTaskView {
  id: string;
  managementNo: string;
  title: string;
  summary: string | null;
  status: string;
  statusKo: string;
  progress: number;
  compliance: number | null;
  steps: PublicStepView[];
  result: string | null;
  impossibleReason: string | null;
  publishedAt: Date | null;
  updatedAt: Date;
  closedAt: Date | null;
}

export interface PublicTaskRow {
  id: string;
  management_no: string;
  title: string;
  summary: string | null;
  result: string | null;
  impossible_reason: string | null;
  status: string;
  progress: string;
  compliance: string | null;
  is_public: boolean;
  published_at: Date | null;
  closed_at: Date | null;
  updated_at: Date;
  version: number;
}

export interface PublicStepRow {
  task_id: string;
  position: number;
  name: string;
  weight: number;
  planned_days: number;
  started_on: string | null;
  ended_on: string | null;
  progress: number;
  note: string | null;
}

const KOREAN_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul' });
/** Today in Korea as `YYYY-MM-DD`: the day the plan figures are read. */
export const koreanToday = (now = new Date()): string => KOREAN_DAY.format(now);

export function publicTaskView(
  row: PublicTaskRow,
  steps: readonly PublicStepRow[],
  today: string,
): PublicTaskView {
  return {
    id: row.id,
    managementNo: row.management_no,
    title: row.title,
    summary: row.summary,
    status: row.status,
    statusKo: TASK_STATUS_KO[row.status] ?? row.status,
    progress: Number(row.progress),
    compliance: row.compliance === null ? null : Number(row.compliance),
    steps: steps.map((s) => {
      const f = stepFigures(
        {
          weight: s.weight,
          plannedDays: s.planned_days,
          startedOn: s.started_on,
          endedOn: s.ended_on,
          progress: s.progress,
        },
        today,
      );
      return {
        position: s.position,
        name: s.name,
        weight: s.weight,
        plannedDays: s.planned_days,
        actualDays: f.actualDays,
        progress: s.progress,
        status: f.status,
        statusKo: STEP_STATUS_KO[f.status],
        overdue: f.overdue,
        note: s.note,
      };
    }),
    result: row.status === 'COMPLETED' ? row.result : null,
    impossibleReason: row.status === 'IMPOSSIBLE' ? row.impossible_reason : null,
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
    closedAt: row.closed_at,
  };
}

/** The public fields of a task and its steps, as the personal-data check reads them. */
export function publicFields(row: PublicTaskRow, steps: readonly PublicStepRow[]): PublicTextField[] {
  return [
    { field: 'title', labelKo: '과업명', labelEn: 'Title', text: row.title },
    { field: 'summary', labelKo: '요약', labelEn: 'Summary', text: row.summary },
    { field: 'result', labelKo: '추진 결과', labelEn: 'Result', text: row.result },
    {
      field: 'impossibleReason',
      labelKo: '처리불가 사유',
      labelEn: 'Reason it cannot be done',
      text: row.impossible_reason,
    },
    ...steps.flatMap((s) => [
      {
        field: `steps.${s.position}.name`,
        labelKo: `${s.position}단계 이름`,
        labelEn: `Step ${s.position} name`,
        text: s.name,
      },
      {
        field: `steps.${s.position}.note`,
        labelKo: `${s.position}단계 비고`,
        labelEn: `Step ${s.position} note`,
        text: s.note,
      },
    ]),
  ];
}
