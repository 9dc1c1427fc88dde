import { registerEnumType } from '@nestjs/graphql';

/** The task lifecycle's fixed states (the standard task workflow; a tenant overlay may add more). */
export enum TaskStatus {
  PLANNING = 'PLANNING',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  IMPOSSIBLE = 'IMPOSSIBLE',
}

/** 단기 / 장기 과제. */
export enum TaskKind {
  SHORT_TERM = 'SHORT_TERM',
  LONG_TERM = 'LONG_TERM',
}

/** Where a task came from (Busan's 과업 출처): the VOC sources plus the department's own finding. */
export enum TaskSource {
  PETITION = 'PETITION',
  COUNCIL = 'COUNCIL',
  MEETING = 'MEETING',
  FIELD_DIALOGUE = 'FIELD_DIALOGUE',
  PRESS = 'PRESS',
  INSTRUCTION = 'INSTRUCTION',
  PLEDGE = 'PLEDGE',
  AGENCY_SUGGESTION = 'AGENCY_SUGGESTION',
  EPEOPLE_TRANSFER = 'EPEOPLE_TRANSFER',
  SELF = 'SELF',
}

export enum TaskStepStatus {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
}

registerEnumType(TaskKind, { name: 'TaskKind', description: '과제 구분 (단기, 장기)' });
registerEnumType(TaskSource, { name: 'TaskSource', description: '과제 출처' });
registerEnumType(TaskStepStatus, { name: 'TaskStepStatus', description: '실행계획 단계 상태 (파생)' });
