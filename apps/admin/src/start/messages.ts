import { defineMessages } from '../i18n/define';

export const messages = defineMessages(
  {
    'start.heading': '로그인할 기관을 선택하세요',
    'start.tenantGroup': '시·도',
    'start.tenantGroupHint': '16개 시·도 직원',
    'start.ministryGroup': '중앙부처',
    'start.ministryGroupHint': '시·도 간 비교 분석 (개인정보 미포함)',
    'start.platformGroup': '플랫폼 운영',
    'start.platformGroupHint': '시·도 등록·사용 중지 (업무 데이터 조회 불가)',
    'start.login': '로그인',
    'start.loginTo': '{name} 로그인',
    'start.selected': '선택한 기관: {name}',
    'start.chooseFirst': '로그인할 기관을 먼저 선택해 주세요.',
    'start.ssoHint': '선택한 기관의 통합인증(SSO) 화면으로 이동합니다.',
    'start.loadError': '기관 목록을 불러오지 못했습니다.',
    'start.redirecting': '인증 화면으로 이동 중…',
    'start.cryptoUnavailable':
      '이 브라우저에서는 보안 로그인(WebCrypto)을 사용할 수 없습니다. HTTPS 주소로 접속해 주세요.',
  },
  {
    'start.heading': 'Choose your organization',
    'start.tenantGroup': 'Metropolitan / provincial governments',
    'start.tenantGroupHint': 'Staff of the 16 governments',
    'start.ministryGroup': 'Central ministry',
    'start.ministryGroupHint': 'Cross-tenant comparison (no personal data)',
    'start.platformGroup': 'Platform operations',
    'start.platformGroupHint': 'Register and deactivate tenants (no working data)',
    'start.login': 'Log in',
    'start.loginTo': 'Log in to {name}',
    'start.selected': 'Selected: {name}',
    'start.chooseFirst': 'Please choose an organization first.',
    'start.ssoHint': "You will be taken to the organization's single sign-on page.",
    'start.loadError': 'Could not load the list of organizations.',
    'start.redirecting': 'Redirecting to sign-in…',
    'start.cryptoUnavailable':
      'Secure sign-in (WebCrypto) is not available in this browser. Please use the HTTPS address.',
  },
);
