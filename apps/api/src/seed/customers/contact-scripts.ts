import { Weighted } from './random';

export type ContactChannel = 'VISIT' | 'PHONE' | 'WEB' | 'MOBILE' | 'EMAIL' | 'MAIL' | 'KIOSK' | 'SMS';
export type ContactDirection = 'INBOUND' | 'OUTBOUND';

/** How residents reach a 시·도 today: the phone and the web first, the counter and the kiosk less every year. */
export const CHANNELS = new Weighted<ContactChannel>([
  ['PHONE', 34],
  ['WEB', 18],
  ['VISIT', 14],
  ['MOBILE', 13],
  ['SMS', 9],
  ['EMAIL', 6],
  ['MAIL', 4],
  ['KIOSK', 2],
]);

const IN = 'INBOUND' as const;
const OUT = 'OUTBOUND' as const;

/** What a contact on each channel is typically about, with its direction. */
// prettier-ignore
export const CONTACT_SCRIPTS: Record<ContactChannel, readonly (readonly [string, ContactDirection])[]> = {
  PHONE: [
    ['여권 재발급 구비서류 문의 — 신분증·사진 규격 안내', IN],
    ['시내버스 노선 개편 문의 — 변경 노선표 문자로 발송', IN],
    ['불법 주정차 신고 접수 — 단속 부서에 이관', IN],
    ['기초연금 신청 자격 문의 — 소득인정액 기준 안내', IN],
    ['상수도 요금 과다 이의 — 검침 재확인 요청 접수', IN],
    ['폭염 무더위쉼터 위치 안내', IN],
    ['민원 처리 결과 설명 전화 (담당자 회신)', OUT],
    ['만족도 조사 전화 — 응답 완료', OUT],
  ],
  VISIT: [
    ['민원실 방문 — 긴급복지 지원 신청서 접수', IN],
    ['건축 인허가 사전 상담 (도면 지참)', IN],
    ['청년 월세 지원 증빙서류 제출', IN],
    ['장애인 보조기기 지원 상담', IN],
    ['소상공인 경영안정자금 상담 — 신청 서류 안내', IN],
  ],
  WEB: [
    ['홈페이지 민원 접수: 가로등 고장 신고', IN],
    ['시민 제안 등록: 자전거 도로 확충', IN],
    ['온라인 설문 참여 (시정 만족도 조사)', IN],
    ['홈페이지 질의: 공공시설 대관 절차', IN],
  ],
  MOBILE: [
    ['모바일 앱 민원: 도로 파손 신고 (사진 첨부)', IN],
    ['모바일 앱에서 공공체육시설 예약', IN],
    ['모바일 앱 알림 수신 동의 변경', IN],
  ],
  EMAIL: [
    ['이메일 문의: 소상공인 지원금 지급 일정', IN],
    ['이메일 회신: 정보공개 청구 처리 결과', OUT],
    ['이메일 안내: 평생교육 강좌 수강 확정', OUT],
  ],
  MAIL: [
    ['공문 발송: 지방세 납부 안내', OUT],
    ['우편 접수: 보훈 명예수당 신청서', IN],
    ['등기 발송: 과태료 부과 사전 통지', OUT],
  ],
  KIOSK: [
    ['무인민원발급기에서 가족관계증명서 발급', IN],
    ['키오스크 대기번호 발급 후 창구 상담', IN],
  ],
  SMS: [
    ['문자 발송: 민원 처리 결과 안내', OUT],
    ['문자 발송: 예방접종 일정 안내', OUT],
    ['문자 발송: 재난 대비 행동요령', OUT],
    ['문자 수신: 상담 예약 변경 요청', IN],
  ],
};
