import { registerEnumType } from '@nestjs/graphql';

/** Where a voice of the customer came from: every source is VOC (docs/domain.md "Petitions"). */
export enum VocSource {
  PETITION = 'PETITION',
  COUNCIL = 'COUNCIL',
  MEETING = 'MEETING',
  FIELD_DIALOGUE = 'FIELD_DIALOGUE',
  PRESS = 'PRESS',
  INSTRUCTION = 'INSTRUCTION',
  PLEDGE = 'PLEDGE',
  AGENCY_SUGGESTION = 'AGENCY_SUGGESTION',
  EPEOPLE_TRANSFER = 'EPEOPLE_TRANSFER',
}

/** Kinds under the Civil Petitions Act, plus praise and complaints. */
export enum VocKind {
  STATUTORY = 'STATUTORY',
  INQUIRY = 'INQUIRY',
  PROPOSAL = 'PROPOSAL',
  GRIEVANCE = 'GRIEVANCE',
  OTHER = 'OTHER',
  PRAISE = 'PRAISE',
  COMPLAINT = 'COMPLAINT',
}

export enum HandlingClass {
  SIMPLE_FORM = 'SIMPLE_FORM',
  SIMPLE_CONSULT = 'SIMPLE_CONSULT',
  COMPLEX = 'COMPLEX',
  PERIODIC = 'PERIODIC',
  LONG_TERM = 'LONG_TERM',
}

/** How the resident wants to hear back. */
export enum ReplyChannel {
  SMS = 'SMS',
  EMAIL = 'EMAIL',
  MAIL = 'MAIL',
  NONE = 'NONE',
}

export enum PeriodUnit {
  HOURS = 'HOURS',
  DAYS = 'DAYS',
  WEEKS = 'WEEKS',
  MONTHS = 'MONTHS',
  YEARS = 'YEARS',
}

/** The standard petition lifecycle's states; a tenant's workflow overlay may add its own. */
export enum VocStatus {
  RECEIVED = 'RECEIVED',
  ASSIGNED = 'ASSIGNED',
  IN_PROGRESS = 'IN_PROGRESS',
  SUPPLEMENT_REQUESTED = 'SUPPLEMENT_REQUESTED',
  ANSWERED = 'ANSWERED',
  REJECTED = 'REJECTED',
  TRANSFERRED = 'TRANSFERRED',
  SURVEY = 'SURVEY',
  CLOSED = 'CLOSED',
}

export const VOC_SOURCE_LABELS: Record<VocSource, { ko: string; en: string }> = {
  PETITION: { ko: '민원', en: 'Petition' },
  COUNCIL: { ko: '의회', en: 'City council' },
  MEETING: { ko: '간담회', en: 'Meeting' },
  FIELD_DIALOGUE: { ko: '현장대화', en: 'Field dialogue' },
  PRESS: { ko: '언론', en: 'Press' },
  INSTRUCTION: { ko: '지시사항', en: "Mayor's instruction" },
  PLEDGE: { ko: '공약사항', en: 'Election pledge' },
  AGENCY_SUGGESTION: { ko: '타기관 건의', en: "Other agency's suggestion" },
  EPEOPLE_TRANSFER: { ko: '국민신문고 이관', en: 'e-People transfer' },
};

export const VOC_KIND_LABELS: Record<VocKind, { ko: string; en: string }> = {
  STATUTORY: { ko: '법정민원', en: 'Statutory application' },
  INQUIRY: { ko: '질의', en: 'Inquiry' },
  PROPOSAL: { ko: '건의', en: 'Proposal' },
  GRIEVANCE: { ko: '고충', en: 'Grievance' },
  OTHER: { ko: '기타', en: 'Other' },
  PRAISE: { ko: '칭찬', en: 'Praise' },
  COMPLAINT: { ko: '불만', en: 'Complaint' },
};

export const HANDLING_CLASS_LABELS: Record<HandlingClass, { ko: string; en: string }> = {
  SIMPLE_FORM: { ko: '단순서식', en: 'Simple form' },
  SIMPLE_CONSULT: { ko: '단순상담', en: 'Simple consultation' },
  COMPLEX: { ko: '복합', en: 'Complex' },
  PERIODIC: { ko: '주기', en: 'Periodic' },
  LONG_TERM: { ko: '장기', en: 'Long-term' },
};

export const VOC_STATUS_LABELS: Record<VocStatus, { ko: string; en: string }> = {
  RECEIVED: { ko: '접수', en: 'Received' },
  ASSIGNED: { ko: '분류·배정', en: 'Assigned' },
  IN_PROGRESS: { ko: '처리중', en: 'In progress' },
  SUPPLEMENT_REQUESTED: { ko: '보완요청', en: 'Supplement requested' },
  ANSWERED: { ko: '답변완료', en: 'Answered' },
  REJECTED: { ko: '처리불가', en: 'Cannot be processed' },
  TRANSFERRED: { ko: '이송', en: 'Transferred' },
  SURVEY: { ko: '만족도조사', en: 'Satisfaction survey' },
  CLOSED: { ko: '종결', en: 'Closed' },
};

function describe<E extends string>(labels: Record<E, { ko: string; en: string }>) {
  return Object.fromEntries(
    Object.entries(labels).map(([k, v]) => [k, { description: (v as { ko: string }).ko }]),
  );
}

registerEnumType(VocSource, {
  name: 'VocSource',
  description: 'VOC 출처',
  valuesMap: describe(VOC_SOURCE_LABELS),
});
registerEnumType(VocKind, {
  name: 'VocKind',
  description: '민원 종류',
  valuesMap: describe(VOC_KIND_LABELS),
});
registerEnumType(HandlingClass, {
  name: 'HandlingClass',
  description: '처리 유형',
  valuesMap: describe(HANDLING_CLASS_LABELS),
});
registerEnumType(ReplyChannel, {
  name: 'ReplyChannel',
  description: '회신 방법',
  valuesMap: {
    SMS: { description: '문자' },
    EMAIL: { description: '이메일' },
    MAIL: { description: '우편' },
    NONE: { description: '회신 불요' },
  },
});
registerEnumType(PeriodUnit, {
  name: 'PeriodUnit',
  description: '처리기간 단위',
  valuesMap: {
    HOURS: { description: '시간' },
    DAYS: { description: '일' },
    WEEKS: { description: '주' },
    MONTHS: { description: '월' },
    YEARS: { description: '년' },
  },
});
registerEnumType(VocStatus, {
  name: 'VocStatus',
  description: 'VOC 처리 상태',
  valuesMap: describe(VOC_STATUS_LABELS),
});
