/**
 * A metropolitan or provincial government's organization (국/실/본부 → 과/담당관 → 팀), modelled on the
 * 2024 organization charts of the 시·도. Every tenant gets the common core plus the bureaus of its own.
 */
export interface OrgNode {
  name: string;
  children?: OrgNode[];
}

const teams = (...names: string[]): OrgNode[] => names.map((name) => ({ name }));

export const COMMON_ORGANIZATION: OrgNode[] = [
  {
    name: '기획조정실',
    children: [
      { name: '기획담당관', children: teams('기획팀', '조직팀', '평가팀') },
      { name: '예산담당관', children: teams('예산총괄팀', '재정분석팀') },
      { name: '법무담당관', children: teams('법무팀', '규제개혁팀') },
      { name: '디지털정책과', children: teams('정보화기획팀', '데이터정책팀', '정보보호팀') },
    ],
  },
  {
    name: '행정자치국',
    children: [
      { name: '총무과', children: teams('총무팀', '의전팀') },
      { name: '인사과', children: teams('인사팀', '교육훈련팀') },
      { name: '자치행정과', children: teams('자치행정팀', '주민자치팀', '여권민원팀') },
      { name: '세정담당관', children: teams('세정팀', '지방세운영팀', '세입관리팀') },
    ],
  },
  {
    name: '시민소통관',
    children: [
      { name: '민원정책과', children: teams('민원제도팀', '고객만족팀', '콜센터운영팀') },
      { name: '소통협력과', children: teams('시민소통팀', '시민참여팀') },
    ],
  },
  {
    name: '복지국',
    children: [
      { name: '복지정책과', children: teams('복지정책팀', '기초생활보장팀') },
      { name: '노인복지과', children: teams('노인정책팀', '노인시설팀') },
      { name: '장애인복지과', children: teams('장애인정책팀', '장애인자립팀') },
    ],
  },
  {
    name: '교통국',
    children: [
      { name: '교통정책과', children: teams('교통기획팀', '교통안전팀') },
      { name: '대중교통과', children: teams('버스운영팀', '택시운영팀') },
    ],
  },
  {
    name: '환경국',
    children: [
      { name: '환경정책과', children: teams('환경정책팀', '기후변화팀') },
      { name: '자원순환과', children: teams('자원순환팀', '생활폐기물팀') },
    ],
  },
  {
    name: '도시계획국',
    children: [
      { name: '도시계획과', children: teams('도시계획팀', '도시관리팀') },
      { name: '건축정책과', children: teams('건축기획팀', '공동주택팀') },
    ],
  },
];

const maritime: OrgNode = {
  name: '해양농수산국',
  children: [
    { name: '해양정책과', children: teams('해양정책팀', '항만물류팀') },
    { name: '수산정책과', children: teams('수산정책팀', '어업진흥팀') },
  ],
};
const agriculture: OrgNode = {
  name: '농정국',
  children: [
    { name: '농업정책과', children: teams('농업정책팀', '친환경농업팀') },
    { name: '농식품유통과', children: teams('유통정책팀', '로컬푸드팀') },
  ],
};
const tourism: OrgNode = {
  name: '관광교류국',
  children: [
    { name: '관광정책과', children: teams('관광기획팀', '관광마케팅팀') },
    { name: '국제협력과', children: teams('국제교류팀', '국제행사팀') },
  ],
};
const industry: OrgNode = {
  name: '경제산업국',
  children: [
    { name: '산업정책과', children: teams('산업기획팀', '첨단산업팀') },
    { name: '일자리경제과', children: teams('일자리정책팀', '소상공인지원팀') },
  ],
};

/** The bureaus that make each 시·도 its own. */
export const LOCAL_BUREAUS: Record<string, OrgNode[]> = {
  seoul: [industry, tourism],
  busan: [maritime, tourism],
  daegu: [industry],
  incheon: [maritime, industry],
  gwangju: [industry],
  daejeon: [industry],
  ulsan: [industry, maritime],
  gyeonggi: [industry, agriculture],
  gangwon: [tourism, agriculture],
  chungbuk: [agriculture, industry],
  chungnam: [agriculture, maritime],
  jeonbuk: [agriculture],
  jeonnam: [agriculture, maritime],
  gyeongbuk: [agriculture, industry],
  gyeongnam: [maritime, agriculture],
  jeju: [tourism, maritime],
};

/** 행정표준기관코드 of each 시·도 head office; department codes extend it. */
/** Telephone area code of each 시·도 (its staff's office numbers: 051-888-1234). */
export const AREA_CODES: Record<string, string> = {
  seoul: '02',
  busan: '051',
  daegu: '053',
  incheon: '032',
  gwangju: '062',
  daejeon: '042',
  ulsan: '052',
  gyeonggi: '031',
  gangwon: '033',
  chungbuk: '043',
  chungnam: '041',
  jeonbuk: '063',
  jeonnam: '061',
  gyeongbuk: '054',
  gyeongnam: '055',
  jeju: '064',
};

export const AGENCY_CODES: Record<string, string> = {
  seoul: '6110000',
  busan: '6260000',
  daegu: '6270000',
  incheon: '6280000',
  gwangju: '6290000',
  daejeon: '6300000',
  ulsan: '6310000',
  gyeonggi: '6410000',
  gangwon: '6530000',
  chungbuk: '6430000',
  chungnam: '6440000',
  jeonbuk: '6540000',
  jeonnam: '6460000',
  gyeongbuk: '6470000',
  gyeongnam: '6480000',
  jeju: '6500000',
};
