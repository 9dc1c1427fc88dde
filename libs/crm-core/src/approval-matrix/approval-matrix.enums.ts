import { registerEnumType } from '@nestjs/graphql';

/** Who signs (전결 단계), lowest first. */
export enum ApprovalLevel {
  STAFF = 'STAFF',
  SECTION_HEAD = 'SECTION_HEAD',
  BUREAU_HEAD = 'BUREAU_HEAD',
  DEPUTY_MAYOR = 'DEPUTY_MAYOR',
  MAYOR = 'MAYOR',
}

export enum ApprovalSubject {
  PETITION = 'PETITION',
  TASK = 'TASK',
}

registerEnumType(ApprovalLevel, {
  name: 'ApprovalLevel',
  description: '전결 단계: STAFF 담당, SECTION_HEAD 과장, BUREAU_HEAD 국장, DEPUTY_MAYOR 부시장, MAYOR 시장',
});
registerEnumType(ApprovalSubject, { name: 'ApprovalSubject', description: 'PETITION 민원, TASK 과업' });
