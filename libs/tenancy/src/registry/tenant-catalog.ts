/** The 16 시·도 of the March 2006 standard-model decision (docs/domain.md, "Tenants"). Tenant code = Keycloak realm name. */
export interface TenantSeed {
  code: string;
  nameKo: string;
  nameEn: string;
}

export const STANDARD_TENANTS: readonly TenantSeed[] = [
  { code: 'seoul', nameKo: '서울특별시', nameEn: 'Seoul Metropolitan City' },
  { code: 'busan', nameKo: '부산광역시', nameEn: 'Busan Metropolitan City' },
  { code: 'daegu', nameKo: '대구광역시', nameEn: 'Daegu Metropolitan City' },
  { code: 'incheon', nameKo: '인천광역시', nameEn: 'Incheon Metropolitan City' },
  { code: 'gwangju', nameKo: '광주광역시', nameEn: 'Gwangju Metropolitan City' },
  { code: 'daejeon', nameKo: '대전광역시', nameEn: 'Daejeon Metropolitan City' },
  { code: 'ulsan', nameKo: '울산광역시', nameEn: 'Ulsan Metropolitan City' },
  { code: 'gyeonggi', nameKo: '경기도', nameEn: 'Gyeonggi Province' },
  { code: 'gangwon', nameKo: '강원특별자치도', nameEn: 'Gangwon State' },
  { code: 'chungbuk', nameKo: '충청북도', nameEn: 'Chungcheongbuk-do' },
  { code: 'chungnam', nameKo: '충청남도', nameEn: 'Chungcheongnam-do' },
  { code: 'jeonbuk', nameKo: '전북특별자치도', nameEn: 'Jeonbuk State' },
  { code: 'jeonnam', nameKo: '전라남도', nameEn: 'Jeollanam-do' },
  { code: 'gyeongbuk', nameKo: '경상북도', nameEn: 'Gyeongsangbuk-do' },
  { code: 'gyeongnam', nameKo: '경상남도', nameEn: 'Gyeongsangnam-do' },
  { code: 'jeju', nameKo: '제주특별자치도', nameEn: 'Jeju Special Self-Governing Province' },
];

/** The realm of central-ministry (행정안전부) users; it is not a tenant and owns no tenant data. */
export const MINISTRY_REALM = 'ministry';

/** The realm of platform operators, who onboard and deactivate tenants; not a tenant, owns no tenant data (ADR 0024). */
export const PLATFORM_REALM = 'platform';

/** A tenant code = realm name: the `tenants.id` check of the database (2–31 characters). */
export const TENANT_CODE_PATTERN = /^[a-z][a-z0-9-]{1,30}$/;

/**
 * Codes no tenant may take: the platform's own realms, Keycloak's administration realm and words a
 * tenant's realm or receipt prefix would be mistaken for.
 */
export const RESERVED_TENANT_CODES: readonly string[] = [
  MINISTRY_REALM,
  PLATFORM_REALM,
  'master',
  'admin',
  'api',
  'auth',
  'system',
  'public',
  'root',
];
