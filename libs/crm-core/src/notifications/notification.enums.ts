import { registerEnumType } from '@nestjs/graphql';

export enum NotificationChannel {
  SMS = 'SMS',
  EMAIL = 'EMAIL',
}

/** A text message's kind by its length in EUC-KR (CP949) bytes: SMS ≤ 90, LMS ≤ 2,000. */
export enum SmsKind {
  SMS = 'SMS',
  LMS = 'LMS',
}

export enum NotificationState {
  PENDING = 'PENDING',
  SENDING = 'SENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
  SKIPPED = 'SKIPPED',
}

registerEnumType(NotificationChannel, {
  name: 'NotificationChannel',
  description: '알림 채널',
  valuesMap: { SMS: { description: '문자 (SMS/LMS)' }, EMAIL: { description: '전자우편' } },
});
registerEnumType(SmsKind, {
  name: 'SmsKind',
  description: '문자 종류 (EUC-KR 바이트 기준)',
  valuesMap: {
    SMS: { description: '단문 (90바이트 이하)' },
    LMS: { description: '장문 (2,000바이트 이하)' },
  },
});
registerEnumType(NotificationState, {
  name: 'NotificationState',
  description: '알림 발송 상태',
  valuesMap: {
    PENDING: { description: '발송 대기' },
    SENDING: { description: '발송 중' },
    SENT: { description: '발송 완료' },
    FAILED: { description: '발송 실패 (재시도 소진)' },
    SKIPPED: { description: '발송하지 않음 (동의 없음 등, 사유 참조)' },
  },
});
