import { defineMessages } from '../i18n/define';

export const messages = defineMessages(
  {
    'tenants.title': '시·도 현황',
    'tenants.description': '부산 표준모델을 도입한 시·도 목록입니다.',
    'tenants.col.code': '코드',
    'tenants.col.nameKo': '한글명',
    'tenants.col.nameEn': 'English',
    'tenants.count': '총 {n}개 시·도',
    'tenants.tableCaption': '시·도 목록',
  },
  {
    'tenants.title': 'Tenants',
    'tenants.description': 'Metropolitan and provincial governments running the Busan standard model.',
    'tenants.col.code': 'Code',
    'tenants.col.nameKo': 'Korean name',
    'tenants.col.nameEn': 'English',
    'tenants.count': '{n} governments',
    'tenants.tableCaption': 'Tenant list',
  },
);
