import { defineMessages } from '../i18n/define';

export const messages = defineMessages(
  {
    'home.welcome': '{name}님, 안녕하세요.',
    'home.tenantIntroAdmin':
      '{tenant} 공공고객관리 관리자 화면입니다. 조직(부서)을 관리하고 직원을 조회합니다.',
    'home.tenantIntro': '{tenant} 공공고객관리 업무 화면입니다. 조직도와 직원을 조회할 수 있습니다.',
    'home.ministryIntro': '16개 시·도의 표준모델 운영 현황을 비교합니다. 주민 개인정보는 표시되지 않습니다.',
    'home.platformIntro':
      '시·도를 등록하고 사용을 중지하거나 다시 사용합니다. 시·도의 업무 데이터는 볼 수 없습니다.',
    'home.departments': '부서',
    'home.staff': '직원',
    'home.tenants': '시·도',
    'home.shortcuts': '바로가기',
    'home.shortcut.departments': '국·실·과·팀 조직도를 조회하고 관리합니다.',
    'home.shortcut.departmentsView': '국·실·과·팀 조직도를 조회합니다.',
    'home.shortcut.staff': '소속 직원과 역할을 조회합니다.',
    'home.shortcut.tenants': '표준모델을 도입한 16개 시·도 목록입니다.',
    'home.account': '내 계정',
    'home.username': '아이디',
    'home.organization': '소속',
  },
  {
    'home.welcome': 'Hello, {name}.',
    'home.tenantIntroAdmin': 'PCRM administration for {tenant}: manage departments and look up staff.',
    'home.tenantIntro': 'PCRM for {tenant}: look up the organization chart and staff.',
    'home.ministryIntro':
      'Compare how the 16 governments run the standard model. No resident personal data is shown.',
    'home.platformIntro':
      "Register tenants, deactivate and reactivate them. Tenants' working data is not visible here.",
    'home.departments': 'Departments',
    'home.staff': 'Staff',
    'home.tenants': 'Tenants',
    'home.shortcuts': 'Shortcuts',
    'home.shortcut.departments': 'Browse and manage the bureau / division / team structure.',
    'home.shortcut.departmentsView': 'Browse the bureau / division / team structure.',
    'home.shortcut.staff': 'Look up staff members and their roles.',
    'home.shortcut.tenants': 'The 16 governments running the standard model.',
    'home.account': 'My account',
    'home.username': 'Username',
    'home.organization': 'Organization',
  },
);
