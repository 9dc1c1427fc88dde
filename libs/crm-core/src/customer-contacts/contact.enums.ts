import { registerEnumType } from '@nestjs/graphql';

export enum ContactChannel {
  VISIT = 'VISIT',
  PHONE = 'PHONE',
  WEB = 'WEB',
  MOBILE = 'MOBILE',
  EMAIL = 'EMAIL',
  MAIL = 'MAIL',
  KIOSK = 'KIOSK',
  SMS = 'SMS',
}

export enum ContactDirection {
  INBOUND = 'INBOUND',
  OUTBOUND = 'OUTBOUND',
}

registerEnumType(ContactChannel, {
  name: 'ContactChannel',
  description: '접촉 채널',
  valuesMap: {
    VISIT: { description: '방문' },
    PHONE: { description: '전화' },
    WEB: { description: '웹' },
    MOBILE: { description: '모바일' },
    EMAIL: { description: '이메일' },
    MAIL: { description: '우편·공문' },
    KIOSK: { description: '키오스크' },
    SMS: { description: 'SMS' },
  },
});
registerEnumType(ContactDirection, {
  name: 'ContactDirection',
  description: '접촉 방향',
  valuesMap: {
    INBOUND: { description: '고객이 먼저 (문의·방문·민원)' },
    OUTBOUND: { description: '기관이 먼저 (안내·회신·발송)' },
  },
});
