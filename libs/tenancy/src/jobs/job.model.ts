import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '../graphql/connection';
import { JOB_FILES_PATH } from './job-file-download';

export enum JobState {
  QUEUED = 'queued',
  RUNNING = 'running',
  RETRYING = 'retrying',
  COMPLETED = 'completed',
  /** Every attempt failed; pg-boss keeps a copy in its dead-letter queue. */
  FAILED = 'failed',
}
registerEnumType(JobState, {
  name: 'JobState',
  description: '작업 상태',
  valuesMap: {
    QUEUED: { description: '대기' },
    RUNNING: { description: '실행 중' },
    RETRYING: { description: '실패 후 재시도 대기 (간격이 점점 늘어남)' },
    COMPLETED: { description: '완료' },
    FAILED: { description: '재시도를 모두 소진하여 중단됨 (dead-letter)' },
  },
});

@ObjectType({ description: '백그라운드 작업 (시·도 관리자에게 보임)' })
export class Job {
  @Field(() => ID)
  id!: string;

  @Field({ description: '작업 종류 (예: department-export)' })
  kind!: string;

  @Field(() => JobState)
  state!: JobState;

  @Field({ description: '요청한 사람' })
  requestedBy!: string;

  @Field(() => Int, { description: '지금까지 시작된 시도 횟수' })
  attempts!: number;

  @Field(() => Int, { description: '최대 시도 횟수 (첫 시도 + 재시도)' })
  maxAttempts!: number;

  @Field(() => String, { nullable: true, description: '마지막 오류 (한국어)' })
  lastError!: string | null;

  @Field(() => String, { nullable: true, description: 'Last error (English)' })
  lastErrorEn!: string | null;

  @Field(() => Int, { description: '처리한 행 수' })
  processedRows!: number;

  @Field(() => Int, { nullable: true, description: '전체 행 수 (아직 모르면 null)' })
  totalRows!: number | null;

  @Field(() => Int, { description: '진행률 0~100' })
  progressPercent!: number;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  finishedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: '결과 파일 주소 (완료된 작업의 요청자에게만; Bearer 토큰으로 GET)',
  })
  downloadPath!: string | null;

  /** Who may download (the requester's token subject); not exposed. */
  requestedBySubject!: string;
}

export const JobConnection = ConnectionType(Job, 'Job');

export interface JobRow {
  id: string;
  kind: string;
  state: JobState;
  requested_by: string;
  requested_by_subject: string;
  attempts: number;
  max_attempts: number;
  last_error: string | null;
  last_error_en: string | null;
  processed_rows: number;
  total_rows: number | null;
  created_at: Date;
  /** `created_at` to the microsecond (a JS Date keeps milliseconds): the keyset cursor's time. */
  created_key: string;
  started_at: Date | null;
  finished_at: Date | null;
  has_file: boolean;
}

/** Where a completed job's file is served (`jobFileDownload`). */
export const jobFilePath = (jobId: string): string => `${JOB_FILES_PATH}/${jobId}`;

export function toJob(row: JobRow, viewerSubject: string): Job {
  const total = row.total_rows;
  const done = row.state === JobState.COMPLETED;
  return {
    id: row.id,
    kind: row.kind,
    state: row.state,
    requestedBy: row.requested_by,
    requestedBySubject: row.requested_by_subject,
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    lastError: row.last_error,
    lastErrorEn: row.last_error_en,
    processedRows: row.processed_rows,
    totalRows: total,
    progressPercent: done ? 100 : total ? Math.min(99, Math.floor((row.processed_rows * 100) / total)) : 0,
    createdAt: row.created_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    downloadPath:
      done && row.has_file && row.requested_by_subject === viewerSubject ? jobFilePath(row.id) : null,
  };
}
