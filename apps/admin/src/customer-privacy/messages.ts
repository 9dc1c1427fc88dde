import { defineMessages } from '../i18n/define';

export const messages = defineMessages(
  {
    'privacy.nav': '개인정보 보관기간',
    'privacy.title': '개인정보 보관기간',
    'privacy.description':
      '정한 기간 동안 접촉이 없는 고객은 파기(익명 처리) 대상입니다. 익명 처리해도 통계를 위한 기록은 남고, 개인을 알아볼 수 있는 정보는 지워집니다.',
    'privacy.settings': '보관 기간',
    'privacy.years': '마지막 접촉 뒤 보관 기간',
    'privacy.yearsUnit': '년',
    'privacy.yearsHelp': '{min}~{max}년 사이의 정수로 정합니다.',
    'privacy.settingsSaved': '보관 기간을 {years}년으로 정했습니다.',
    'privacy.candidates': '파기 대상 고객 ({count}명)',
    'privacy.none': '보관 기간이 지난 고객이 없습니다.',
    'privacy.never': '접촉 없음',
    'privacy.more': '더 보기',
    'privacy.selectPage': '이 페이지의 고객 모두 선택',
    'privacy.selectOne': '고객 {no} 선택',
    'privacy.anonymizeSelected': '선택한 {count}명 익명 처리',
    'privacy.confirmTitle': '고객 {count}명을 익명 처리할까요?',
    'privacy.confirmExplain':
      '이름·연락처·주소 상세·생년월일은 지워지고 되돌릴 수 없습니다. 유형·지역(시·군·구)·연령대와 접촉 건수는 통계를 위해 남습니다. 사유는 감사 기록에 남습니다.',
    'privacy.confirmOk': '익명 처리',
    'privacy.reason': '처리 사유',
    'privacy.reasonRequired': '처리 사유를 2자 이상 입력해 주세요.',
    'privacy.anonymized': '고객 {count}명을 익명 처리했습니다.',
    'privacy.anonymizeQueued':
      '고객 {count}명의 익명 처리를 작업으로 시작했습니다. 작업 목록에서 진행률을 볼 수 있습니다.',
  },
  {
    'privacy.nav': 'Data retention',
    'privacy.title': 'Data retention',
    'privacy.description':
      'Customers without any contact for the retention period are due for deletion (anonymization). Anonymizing keeps the record for statistics and removes what identifies the person.',
    'privacy.settings': 'Retention period',
    'privacy.years': 'Years kept after the last contact',
    'privacy.yearsUnit': 'years',
    'privacy.yearsHelp': 'A whole number from {min} to {max}.',
    'privacy.settingsSaved': 'Retention period set to {years} years.',
    'privacy.candidates': 'Customers due for deletion ({count})',
    'privacy.none': 'No customer is past the retention period.',
    'privacy.never': 'No contact',
    'privacy.more': 'Load more',
    'privacy.selectPage': 'Select every customer on this page',
    'privacy.selectOne': 'Select customer {no}',
    'privacy.anonymizeSelected': 'Anonymize {count} selected',
    'privacy.confirmTitle': 'Anonymize {count} customers?',
    'privacy.confirmExplain':
      'Names, contacts, address details and birth dates are removed for good. Kind, area (시·군·구), age band and contact counts stay for statistics. The reason goes to the audit trail.',
    'privacy.confirmOk': 'Anonymize',
    'privacy.reason': 'Reason',
    'privacy.reasonRequired': 'Please give a reason of at least 2 characters.',
    'privacy.anonymized': '{count} customers anonymized.',
    'privacy.anonymizeQueued':
      'Anonymizing {count} customers runs as a job; the job list shows its progress.',
  },
);
