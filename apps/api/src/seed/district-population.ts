import type { DataSource } from 'typeorm';
import { POPULATION_SOURCE, POPULATION_YEAR } from './tenant-population';

/**
 * Registered population (주민등록인구) of every 시·군·구 the demo customers live in (`korean-regions.ts`, the
 * spelling `customers.sigungu` holds and the equity roll-up groups by), 2025, in thousands and approximate:
 * the source text says so, and the platform operator replaces them with the published figures.
 */
// prettier-ignore
export const DISTRICT_POPULATION_2025_THOUSANDS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  seoul: {
    종로구: 139, 중구: 121, 용산구: 210, 성동구: 278, 광진구: 335, 동대문구: 352, 중랑구: 380, 성북구: 429,
    강북구: 284, 도봉구: 299, 노원구: 495, 은평구: 460, 서대문구: 305, 마포구: 364, 양천구: 430, 강서구: 556,
    구로구: 397, 금천구: 226, 영등포구: 377, 동작구: 376, 관악구: 483, 서초구: 402, 강남구: 556, 송파구: 655,
    강동구: 470,
  },
  busan: {
    중구: 38, 서구: 103, 동구: 86, 영도구: 105, 부산진구: 359, 동래구: 266, 남구: 252, 북구: 266, 해운대구: 377,
    사하구: 293, 금정구: 209, 강서구: 143, 연제구: 207, 수영구: 172, 사상구: 204, 기장군: 178,
  },
  daegu: { 중구: 95, 동구: 336, 서구: 156, 남구: 139, 북구: 406, 수성구: 408, 달서구: 522, 달성군: 262, 군위군: 22 },
  incheon: {
    중구: 162, 동구: 61, 미추홀구: 411, 연수구: 395, 남동구: 496, 부평구: 474, 계양구: 285, 서구: 630, 강화군: 69,
    옹진군: 20,
  },
  gwangju: { 동구: 104, 서구: 272, 남구: 207, 북구: 417, 광산구: 393 },
  daejeon: { 동구: 216, 중구: 218, 서구: 457, 유성구: 321, 대덕구: 171 },
  ulsan: { 중구: 202, 남구: 303, 동구: 145, 북구: 221, 울주군: 216 },
  gyeonggi: {
    '수원시 장안구': 265, '수원시 권선구': 385, '수원시 팔달구': 188, '수원시 영통구': 370,
    '성남시 수정구': 232, '성남시 중원구': 210, '성남시 분당구': 468, '안양시 만안구': 225, '안양시 동안구': 320,
    '부천시 원미구': 390, '부천시 소사구': 215, '부천시 오정구': 165, '안산시 상록구': 340, '안산시 단원구': 280,
    '고양시 덕양구': 490, '고양시 일산동구': 300, '고양시 일산서구': 280, '용인시 처인구': 290,
    '용인시 기흥구': 450, '용인시 수지구': 380, 의정부시: 462, 광명시: 279, 평택시: 600, 동두천시: 89,
    과천시: 83, 구리시: 186, 남양주시: 735, 오산시: 232, 시흥시: 520, 군포시: 257, 의왕시: 158, 하남시: 331,
    파주시: 512, 이천시: 224, 안성시: 190, 김포시: 486, 화성시: 960, 광주시: 392, 양주시: 250, 포천시: 144,
    여주시: 112, 연천군: 41, 가평군: 61, 양평군: 124,
  },
  gangwon: {
    춘천시: 286, 원주시: 361, 강릉시: 208, 동해시: 88, 태백시: 38, 속초시: 81, 삼척시: 62, 홍천군: 67, 횡성군: 46,
    영월군: 37, 평창군: 40, 정선군: 34, 철원군: 41, 화천군: 23, 양구군: 20, 인제군: 31, 고성군: 27, 양양군: 28,
  },
  chungbuk: {
    '청주시 상당구': 190, '청주시 서원구': 200, '청주시 흥덕구': 280, '청주시 청원구': 200, 충주시: 208,
    제천시: 128, 보은군: 31, 옥천군: 49, 영동군: 44, 증평군: 37, 진천군: 86, 괴산군: 37, 음성군: 91, 단양군: 27,
  },
  chungnam: {
    '천안시 동남구': 265, '천안시 서북구': 395, 공주시: 101, 보령시: 96, 아산시: 350, 서산시: 176, 논산시: 110,
    계룡시: 42, 당진시: 170, 금산군: 50, 부여군: 61, 서천군: 49, 청양군: 29, 홍성군: 98, 예산군: 77, 태안군: 60,
  },
  jeonbuk: {
    '전주시 완산구': 320, '전주시 덕진구': 320, 군산시: 257, 익산시: 268, 정읍시: 103, 남원시: 77, 김제시: 80,
    완주군: 98, 진안군: 24, 무주군: 23, 장수군: 21, 임실군: 26, 순창군: 26, 고창군: 52, 부안군: 49,
  },
  jeonnam: {
    목포시: 212, 여수시: 270, 순천시: 275, 나주시: 117, 광양시: 150, 담양군: 45, 곡성군: 27, 구례군: 24,
    고흥군: 61, 보성군: 38, 화순군: 61, 장흥군: 35, 강진군: 33, 해남군: 64, 영암군: 52, 무안군: 92, 함평군: 30,
    영광군: 51, 장성군: 43, 완도군: 47, 진도군: 29, 신안군: 38,
  },
  gyeongbuk: {
    '포항시 남구': 240, '포항시 북구': 250, 경주시: 245, 김천시: 137, 안동시: 153, 구미시: 405, 영주시: 99,
    영천시: 100, 상주시: 93, 문경시: 69, 경산시: 265, 의성군: 49, 청송군: 24, 영양군: 16, 영덕군: 34, 청도군: 41,
    고령군: 31, 성주군: 42, 칠곡군: 110, 예천군: 54, 봉화군: 30, 울진군: 47, 울릉군: 9,
  },
  gyeongnam: {
    '창원시 의창구': 205, '창원시 성산구': 230, '창원시 마산합포구': 170, '창원시 마산회원구': 185,
    '창원시 진해구': 195, 진주시: 340, 통영시: 121, 사천시: 108, 김해시: 530, 밀양시: 101, 거제시: 233,
    양산시: 365, 의령군: 25, 함안군: 60, 창녕군: 57, 고성군: 49, 남해군: 40, 하동군: 41, 산청군: 33, 함양군: 37,
    거창군: 60, 합천군: 41,
  },
  jeju: { 제주시: 490, 서귀포시: 182 },
};

/**
 * Seeds each existing tenant's 2025 district figures once; a figure already there (the operator's) is kept.
 * Each tenant's rows are written in a transaction pinned to it, as the table's policy asks of every writer.
 */
export async function seedDistrictPopulation(owner: DataSource): Promise<void> {
  const runner = owner.createQueryRunner();
  try {
    for (const [tenant, districts] of Object.entries(DISTRICT_POPULATION_2025_THOUSANDS)) {
      await runner.startTransaction();
      try {
        await runner.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenant]);
        await runner.query(
          `INSERT INTO district_population (tenant_id, year, sigungu, population, source)
           SELECT t.id, $2, d.sigungu, d.thousands * 1000, $5
           FROM tenants t, unnest($3::text[], $4::int[]) AS d (sigungu, thousands)
           WHERE t.id = $1
           ON CONFLICT (tenant_id, year, sigungu) DO NOTHING`,
          [tenant, POPULATION_YEAR, Object.keys(districts), Object.values(districts), POPULATION_SOURCE],
        );
        await runner.commitTransaction();
      } catch (error) {
        await runner.rollbackTransaction();
        throw error;
      }
    }
  } finally {
    await runner.release();
  }
}
