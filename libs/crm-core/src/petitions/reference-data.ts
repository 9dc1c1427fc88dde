import { PeriodUnit, VocKind } from './voc.enums';

/** A petition category every tenant starts with (tenants add, rename and retire their own). */
export interface StandardVocCategory {
  code: string;
  nameKo: string;
  nameEn: string;
  parentCode?: string;
  /** Words that route a petition of unknown category here (the routing rules start from these). */
  keywords: readonly string[];
}

export const STANDARD_VOC_CATEGORIES: readonly StandardVocCategory[] = [
  { code: 'PASSPORT', nameKo: '여권', nameEn: 'Passports', keywords: ['여권', '재발급', '여권사진'] },
  {
    code: 'CIVIL_REGISTRY',
    nameKo: '주민등록·가족관계',
    nameEn: 'Resident registration',
    keywords: ['전입', '등본', '초본', '가족관계'],
  },
  { code: 'TRAFFIC', nameKo: '교통', nameEn: 'Traffic', keywords: ['교통', '신호등', '횡단보도'] },
  {
    code: 'PARKING',
    nameKo: '주정차',
    nameEn: 'Parking',
    parentCode: 'TRAFFIC',
    keywords: ['불법주차', '주차', '견인', '과태료'],
  },
  {
    code: 'BUS',
    nameKo: '버스·대중교통',
    nameEn: 'Buses and transit',
    parentCode: 'TRAFFIC',
    keywords: ['버스', '정류장', '배차', '지하철'],
  },
  {
    code: 'TAX',
    nameKo: '세정',
    nameEn: 'Local taxes',
    keywords: ['지방세', '재산세', '자동차세', '취득세', '납세'],
  },
  {
    code: 'BUILDING',
    nameKo: '건축',
    nameEn: 'Building',
    keywords: ['건축', '허가', '불법건축물', '증축', '공사장'],
  },
  { code: 'HOUSING', nameKo: '주택', nameEn: 'Housing', keywords: ['주택', '아파트', '임대', '재개발'] },
  {
    code: 'ENVIRONMENT',
    nameKo: '환경',
    nameEn: 'Environment',
    keywords: ['환경', '악취', '미세먼지', '대기'],
  },
  {
    code: 'NOISE',
    nameKo: '소음·진동',
    nameEn: 'Noise',
    parentCode: 'ENVIRONMENT',
    keywords: ['소음', '진동', '층간소음'],
  },
  {
    code: 'WASTE',
    nameKo: '쓰레기·청소',
    nameEn: 'Waste',
    parentCode: 'ENVIRONMENT',
    keywords: ['쓰레기', '무단투기', '분리수거', '청소'],
  },
  {
    code: 'WELFARE',
    nameKo: '복지',
    nameEn: 'Welfare',
    keywords: ['복지', '기초생활', '수급', '장애인', '노인', '돌봄'],
  },
  {
    code: 'HEALTH',
    nameKo: '보건·위생',
    nameEn: 'Health',
    keywords: ['보건소', '위생', '식당', '방역', '감염'],
  },
  { code: 'ROAD', nameKo: '도로', nameEn: 'Roads', keywords: ['도로', '포트홀', '보도블록', '가로등'] },
  {
    code: 'WATER',
    nameKo: '상하수도',
    nameEn: 'Water',
    keywords: ['수도', '하수', '누수', '단수', '수도요금'],
  },
  { code: 'PARKS', nameKo: '공원·녹지', nameEn: 'Parks', keywords: ['공원', '가로수', '녹지', '산책로'] },
  {
    code: 'SAFETY',
    nameKo: '안전·재난',
    nameEn: 'Safety',
    keywords: ['안전', '재난', '침수', '붕괴', '화재'],
  },
  {
    code: 'ECONOMY',
    nameKo: '경제·일자리',
    nameEn: 'Economy and jobs',
    keywords: ['일자리', '소상공인', '시장', '창업'],
  },
  {
    code: 'CULTURE',
    nameKo: '문화·관광',
    nameEn: 'Culture and tourism',
    keywords: ['축제', '관광', '도서관', '문화'],
  },
  {
    code: 'EDUCATION',
    nameKo: '교육·청소년',
    nameEn: 'Education',
    keywords: ['학교', '교육', '청소년', '어린이집'],
  },
  { code: 'GENERAL', nameKo: '일반행정', nameEn: 'General administration', keywords: [] },
];

/** A statutory period of the reference data: `categoryCode` '*' is every category of the kind. */
export interface StandardVocPeriod {
  kind: VocKind;
  categoryCode: string;
  variant: string;
  value: number;
  unit: PeriodUnit;
  labelKo: string;
  basis: string;
}

const DECREE = '민원 처리에 관한 법률 시행령';

/**
 * The Civil Petitions Act defaults every tenant starts with. 법정민원 periods are per category (the
 * processing-standards table); the '*' row is the fallback for a statutory petition of another category.
 */
export const STANDARD_VOC_PERIODS: readonly StandardVocPeriod[] = [
  {
    kind: VocKind.INQUIRY,
    categoryCode: '*',
    variant: 'PROCEDURE',
    value: 7,
    unit: PeriodUnit.DAYS,
    labelKo: '질의민원(제도·절차 등)',
    basis: `${DECREE} 제14조`,
  },
  {
    kind: VocKind.INQUIRY,
    categoryCode: '*',
    variant: 'LEGAL_INTERPRETATION',
    value: 14,
    unit: PeriodUnit.DAYS,
    labelKo: '질의민원(법령 해석)',
    basis: `${DECREE} 제14조`,
  },
  {
    kind: VocKind.PROPOSAL,
    categoryCode: '*',
    variant: '',
    value: 14,
    unit: PeriodUnit.DAYS,
    labelKo: '건의민원',
    basis: `${DECREE} 제13조`,
  },
  {
    kind: VocKind.GRIEVANCE,
    categoryCode: '*',
    variant: '',
    value: 7,
    unit: PeriodUnit.DAYS,
    labelKo: '고충민원',
    basis: `${DECREE} 제15조`,
  },
  {
    kind: VocKind.OTHER,
    categoryCode: '*',
    variant: '',
    value: 3,
    unit: PeriodUnit.HOURS,
    labelKo: '기타민원(즉시)',
    basis: `${DECREE} 제16조`,
  },
  {
    kind: VocKind.PRAISE,
    categoryCode: '*',
    variant: '',
    value: 7,
    unit: PeriodUnit.DAYS,
    labelKo: '칭찬',
    basis: '기관 처리기준',
  },
  {
    kind: VocKind.COMPLAINT,
    categoryCode: '*',
    variant: '',
    value: 7,
    unit: PeriodUnit.DAYS,
    labelKo: '불만(고충에 준함)',
    basis: '기관 처리기준',
  },
  {
    kind: VocKind.STATUTORY,
    categoryCode: '*',
    variant: '',
    value: 7,
    unit: PeriodUnit.DAYS,
    labelKo: '법정민원(기타)',
    basis: '민원처리기준표',
  },
  {
    kind: VocKind.STATUTORY,
    categoryCode: 'PASSPORT',
    variant: '',
    value: 4,
    unit: PeriodUnit.DAYS,
    labelKo: '여권 발급',
    basis: '민원처리기준표',
  },
  {
    kind: VocKind.STATUTORY,
    categoryCode: 'CIVIL_REGISTRY',
    variant: '',
    value: 3,
    unit: PeriodUnit.HOURS,
    labelKo: '주민등록 증명(즉시)',
    basis: '민원처리기준표',
  },
  {
    kind: VocKind.STATUTORY,
    categoryCode: 'TAX',
    variant: '',
    value: 3,
    unit: PeriodUnit.HOURS,
    labelKo: '지방세 납세증명(즉시)',
    basis: '민원처리기준표',
  },
  {
    kind: VocKind.STATUTORY,
    categoryCode: 'BUILDING',
    variant: '',
    value: 15,
    unit: PeriodUnit.DAYS,
    labelKo: '건축 허가',
    basis: '민원처리기준표',
  },
  {
    kind: VocKind.STATUTORY,
    categoryCode: 'HOUSING',
    variant: '',
    value: 10,
    unit: PeriodUnit.DAYS,
    labelKo: '주택 관련 인허가',
    basis: '민원처리기준표',
  },
  {
    kind: VocKind.STATUTORY,
    categoryCode: 'WELFARE',
    variant: '',
    value: 30,
    unit: PeriodUnit.DAYS,
    labelKo: '기초생활보장 급여 신청',
    basis: '민원처리기준표',
  },
  {
    kind: VocKind.STATUTORY,
    categoryCode: 'HEALTH',
    variant: '',
    value: 5,
    unit: PeriodUnit.DAYS,
    labelKo: '영업 신고·허가',
    basis: '민원처리기준표',
  },
  {
    kind: VocKind.STATUTORY,
    categoryCode: 'WATER',
    variant: '',
    value: 5,
    unit: PeriodUnit.DAYS,
    labelKo: '급수 공사 신청',
    basis: '민원처리기준표',
  },
];
