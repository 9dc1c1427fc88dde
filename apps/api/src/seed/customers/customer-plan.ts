import { randomUUID } from 'node:crypto';
import {
  hangulInitials,
  householdKey,
  normalizeEmail,
  normalizePhone,
  searchGrams,
} from '../../../../../libs/crm-core/src/customer-keys';
import { sido as sidoNamed } from '../korean-regions';
import { CHANNELS, CONTACT_SCRIPTS, type ContactChannel, type ContactDirection } from './contact-scripts';
import { latinSurname, personName, romanize, splitName, SURNAMES, type Sex } from './korean-names';
import { Random, Weighted } from './random';
import { building, standardAddress, unitIn, type StandardAddress } from './standard-address';

/**
 * Realistic customers of one 시·도, planned without a database: households of residents sharing a dwelling
 * (and often a home phone), organizations (법인·단체) with their representative, phones, e-mails, tags,
 * consents per purpose and contact histories across channels handled by the tenant's staff. Every search
 * key comes from customer-keys.ts, as the API computes it.
 *
 * Fill rates are today's, chosen as plausible for a 시·도 that has run a CRM for years (Busan's 2006 table had
 * addresses 88.5 % and mobiles 10 % complete; mobiles are near universal now): FILL below.
 */
export const FILL = {
  address: { person: 0.9, organization: 0.98 },
  birthDate: 0.82,
  sex: 0.95,
  /** Persons 14–79; children and the very old less often. */
  mobile: { adult: 0.86, child: 0.3, elderly: 0.6, organization: 0.35 },
  homePhone: { under60: 0.12, over60: 0.4 },
  workPhone: { person: 0.07, organization: 0.9 },
  email: { under60: 0.55, over60: 0.15, child: 0.05, organization: 0.7 },
  consent: { ADMIN_NOTICE: 0.65, SATISFACTION_SURVEY: 0.4, PROMOTION: 0.18 },
  consentWithdrawn: 0.1,
  organizations: 0.07,
} as const;

export const SEED_CREATOR = 'demo-seed';

export type ConsentPurpose = keyof typeof FILL.consent;

export interface PlannedPhone {
  readonly kind: 'MOBILE' | 'HOME' | 'WORK';
  readonly digits: string;
  readonly isPrimary: boolean;
}
export interface PlannedConsent {
  readonly purpose: ConsentPurpose;
  readonly grantedAt: Date;
  readonly channel: ContactChannel;
  readonly evidence: string;
  readonly recordedBy: string;
  readonly withdrawnAt: Date | null;
  readonly withdrawnBy: string | null;
  readonly withdrawalChannel: ContactChannel | null;
}
export interface PlannedContact {
  readonly channel: ContactChannel;
  readonly direction: ContactDirection;
  readonly occurredAt: Date;
  readonly staffId: string | null;
  readonly departmentId: string | null;
  readonly createdBy: string;
  readonly summary: string;
}
export interface PlannedCustomer {
  readonly id: string;
  readonly customerNo: number;
  readonly partyType: 'PERSON' | 'ORGANIZATION';
  readonly kind: 'CURRENT' | 'ACQUIRED' | 'POLICY';
  readonly source: string;
  readonly name: string;
  readonly nameInitials: string;
  readonly searchGrams: readonly string[];
  readonly birthDate: string | null;
  readonly sex: Sex | null;
  readonly businessNo: string | null;
  readonly representativeName: string | null;
  readonly address: StandardAddress | null;
  readonly householdKey: string | null;
  readonly tags: readonly string[];
  readonly phones: readonly PlannedPhone[];
  readonly emails: readonly string[];
  readonly consents: readonly PlannedConsent[];
  readonly contacts: readonly PlannedContact[];
  readonly lastContactAt: Date | null;
  readonly createdAt: Date;
}
export interface PlannedRelation {
  readonly customerId: string;
  readonly relatedCustomerId: string;
  readonly kind: 'FAMILY' | 'REPRESENTATIVE';
}

/** A member of the tenant's staff who handles contacts (their department is where the contact is filed). */
export interface ContactHandler {
  readonly id: string;
  readonly departmentId: string | null;
  readonly username: string;
}

export interface PlanOptions {
  /** The 시·도's Korean name: addresses and home phones stay inside it. */
  readonly sidoName: string;
  /** Seed text: the same seed gives the same customers (ids aside, which are random UUIDs). */
  readonly seed: string;
  readonly firstCustomerNo: number;
  /** Contact histories are drawn only when there are staff to handle them. */
  readonly staff?: readonly ContactHandler[];
  /** Mean contacts per customer (0 leaves histories empty, as the bench's million does). */
  readonly contactsPerCustomer?: number;
  /** Consents per purpose (on unless false: the bench's million leaves them out to load quickly). */
  readonly consents?: boolean;
  /** "Today" for birth years, contact and consent dates. */
  readonly now: Date;
}

const DAY = 86_400_000;
const BIRTH_DECADES = new Weighted<number>([
  [1930, 3],
  [1940, 8],
  [1950, 15],
  [1960, 19],
  [1970, 18],
  [1980, 15],
  [1990, 12],
  [2000, 7],
  [2010, 3],
]);
const HOUSEHOLD_SIZE = new Weighted<number>([
  [1, 55],
  [2, 28],
  [3, 12],
  [4, 5],
]);
const PERSON_KINDS = new Weighted<readonly ['CURRENT' | 'ACQUIRED' | 'POLICY', string]>([
  [['CURRENT', 'manual'], 40],
  [['CURRENT', '민원창구'], 25],
  [['ACQUIRED', '120콜센터'], 12],
  [['ACQUIRED', '홈페이지 회원'], 8],
  [['ACQUIRED', '새올행정시스템'], 5],
  [['POLICY', '기초연금 대상자'], 5],
  [['POLICY', '청년정책 대상자'], 5],
]);
const EMAIL_DOMAINS = new Weighted<string>([
  ['naver.com', 45],
  ['gmail.com', 25],
  ['daum.net', 12],
  ['hanmail.net', 8],
  ['kakao.com', 5],
  ['nate.com', 5],
]);
const ORG_FORMS = [
  (r: string, random: Random) =>
    `(주)${r}${random.pick(['건설', '물산', '해운', '식품', '정보통신', '엔지니어링', '유통', '환경', '기계'])}`,
  (r: string, random: Random) =>
    `사단법인 ${r}${random.pick(['장애인', '환경', '관광', '문화예술', '소상공인', '청년', '노인복지'])}협회`,
  (r: string, random: Random) => `${r}${random.pick(['친환경농업', '사회적', '마을', '택시'])}협동조합`,
  (r: string) => `재단법인 ${r}문화재단`,
  (r: string, random: Random) =>
    `${r}${random.pick(['푸르지오', '자이', '래미안', '힐스테이트', 'e편한세상'])} 입주자대표회의`,
  (r: string, random: Random) => `${r}${random.pick(['중앙', '새벽', '전통'])}시장 상인회`,
] as const;
const CONSENT_EVIDENCE: Partial<Record<ContactChannel, string>> = {
  WEB: '홈페이지 동의 화면 (전자서명 기록)',
  MOBILE: '모바일 앱 동의 화면 기록',
  VISIT: '서면 동의서 (스캔본 보관)',
  PHONE: '통화 녹취 동의 (녹취 보관)',
};
const CONSENT_CHANNELS: readonly ContactChannel[] = ['WEB', 'MOBILE', 'VISIT', 'PHONE'];

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** A 10-digit 사업자등록번호 whose last digit passes the national check (weights 1 3 7 1 3 7 1 3 5). */
export function businessNumber(random: Random, nonProfit: boolean): string {
  const digits = `${random.int(101, 899)}${nonProfit ? '82' : '81'}${random.digits(4)}`.split('').map(Number);
  const weights = [1, 3, 7, 1, 3, 7, 1, 3, 5];
  let sum = digits.reduce((s, d, i) => s + d * weights[i], 0);
  sum += Math.floor((digits[8] * 5) / 10);
  return `${digits.join('')}${(10 - (sum % 10)) % 10}`;
}

/** Customers of one tenant, household by household, until `count` are planned. */
export class CustomerPlanner {
  private readonly random: Random;
  private readonly areaCode: string;
  private nextNo: number;
  private relations: PlannedRelation[] = [];

  constructor(private readonly options: PlanOptions) {
    this.random = new Random(options.seed);
    this.areaCode = sidoNamed(options.sidoName).areaCode;
    this.nextNo = options.firstCustomerNo;
  }

  /** The next `count` customers and the relations among them (a household never spans two batches). */
  take(count: number): { customers: PlannedCustomer[]; relations: PlannedRelation[] } {
    const customers: PlannedCustomer[] = [];
    while (customers.length < count) {
      const left = count - customers.length;
      if (this.random.chance(FILL.organizations)) customers.push(...this.organization(left));
      else customers.push(...this.household(Math.min(left, HOUSEHOLD_SIZE.draw(this.random))));
    }
    const relations = this.relations;
    this.relations = [];
    return { customers, relations };
  }

  private household(size: number): PlannedCustomer[] {
    const r = this.random;
    const home = r.chance(FILL.address.person) ? building(r, this.options.sidoName) : null;
    const address = home ? unitIn(r, home) : null;
    const surname = SURNAMES.draw(r);
    const headYear = this.birthYear(size > 2 ? 1945 : 1930, size > 2 ? 1990 : 2006);
    const headSex: Sex = r.chance(0.55) ? 'MALE' : 'FEMALE';
    const over60 = this.options.now.getUTCFullYear() - headYear >= 60;
    const homePhone = r.chance(over60 ? FILL.homePhone.over60 : FILL.homePhone.under60)
      ? this.landline()
      : null;
    const members: PlannedCustomer[] = [
      this.person(personName(r, headSex, headYear, surname), headSex, headYear, address, homePhone),
    ];
    if (size >= 2) {
      const sex: Sex = headSex === 'MALE' ? 'FEMALE' : 'MALE';
      const year = headYear + r.int(-4, 4);
      members.push(this.person(personName(r, sex, year), sex, year, address, homePhone));
    }
    for (let i = 2; i < size; i++) {
      const sex: Sex = r.chance(0.5) ? 'MALE' : 'FEMALE';
      const year = Math.min(this.options.now.getUTCFullYear() - 1, headYear + r.int(24, 38));
      // Children carry the father's surname.
      const childSurname = headSex === 'MALE' ? surname : splitName(members[1].name)[0];
      members.push(this.person(personName(r, sex, year, childSurname), sex, year, address, homePhone));
    }
    for (const m of members.slice(1))
      this.relations.push({ customerId: members[0].id, relatedCustomerId: m.id, kind: 'FAMILY' });
    return members;
  }

  private organization(room: number): PlannedCustomer[] {
    const r = this.random;
    const address = r.chance(FILL.address.organization)
      ? standardAddress(r, this.options.sidoName, 'OFFICE')
      : null;
    const region = (address?.sigungu || address?.eupmyeondong || this.options.sidoName)
      .split(' ')
      .at(-1)!
      .replace(/(특별자치시|특별자치도|광역시|특별시|도|시|군|구|동|읍|면)$/u, '');
    const form = r.int(0, ORG_FORMS.length - 1);
    const name = ORG_FORMS[form](region, r);
    const repYear = this.birthYear(1950, 1990);
    const repSex: Sex = r.chance(0.7) ? 'MALE' : 'FEMALE';
    const representativeName = personName(r, repSex, repYear);
    const kind = r.chance(0.6)
      ? (['CURRENT', 'manual'] as const)
      : (['ACQUIRED', '사업자등록 연계'] as const);
    const phones: PlannedPhone[] = [];
    if (r.chance(FILL.workPhone.organization))
      phones.push(this.phone('WORK', this.landline(), !phones.length));
    if (r.chance(FILL.mobile.organization)) phones.push(this.phone('MOBILE', this.mobile(), !phones.length));
    const org = this.customer({
      partyType: 'ORGANIZATION',
      kind: kind[0],
      source: kind[1],
      name,
      birthDate: null,
      sex: null,
      businessNo: form === 0 || form === 2 ? businessNumber(r, false) : businessNumber(r, true),
      representativeName,
      address,
      tags: this.orgTags(form),
      phones,
      emails: r.chance(FILL.email.organization)
        ? [
            `${['info', 'office', 'admin', 'contact'][r.int(0, 3)]}@${romanize(region) || 'org'}${r.int(1, 999)}.or.kr`,
          ]
        : [],
      age: null,
    });
    const result = [org];
    // Half of the representatives are customers themselves, linked to their organization.
    if (room > 1 && r.chance(0.5)) {
      const home = r.chance(FILL.address.person) ? standardAddress(r, this.options.sidoName) : null;
      const rep = this.person(representativeName, repSex, repYear, home, null);
      this.relations.push({ customerId: org.id, relatedCustomerId: rep.id, kind: 'REPRESENTATIVE' });
      result.push(rep);
    }
    return result;
  }

  private person(
    name: string,
    sex: Sex,
    year: number,
    address: StandardAddress | null,
    homePhone: string | null,
  ): PlannedCustomer {
    const r = this.random;
    const age = this.options.now.getUTCFullYear() - year;
    const phones: PlannedPhone[] = [];
    const mobileRate = age < 14 ? FILL.mobile.child : age >= 80 ? FILL.mobile.elderly : FILL.mobile.adult;
    if (r.chance(mobileRate)) phones.push(this.phone('MOBILE', this.mobile(), true));
    if (homePhone) phones.push(this.phone('HOME', homePhone, !phones.length));
    if (age >= 20 && age < 65 && r.chance(FILL.workPhone.person))
      phones.push(this.phone('WORK', this.landline(), !phones.length));
    const emailRate = age < 14 ? FILL.email.child : age >= 60 ? FILL.email.over60 : FILL.email.under60;
    const emails = r.chance(emailRate) ? [this.email(name, year)] : [];
    const [kind, source] = PERSON_KINDS.draw(r);
    const birthDate = r.chance(FILL.birthDate)
      ? isoDate(new Date(Date.UTC(year, 0, 1) + r.int(0, 364) * DAY))
      : null;
    return this.customer({
      partyType: 'PERSON',
      kind,
      source,
      name,
      birthDate,
      sex: r.chance(FILL.sex) ? sex : null,
      businessNo: null,
      representativeName: null,
      address,
      tags: this.personTags(age),
      phones,
      emails,
      age,
    });
  }

  private customer(
    c: Pick<
      PlannedCustomer,
      | 'partyType'
      | 'kind'
      | 'source'
      | 'name'
      | 'birthDate'
      | 'sex'
      | 'businessNo'
      | 'representativeName'
      | 'address'
      | 'tags'
      | 'phones'
      | 'emails'
    > & { age: number | null },
  ): PlannedCustomer {
    const r = this.random;
    const now = this.options.now.getTime();
    const createdAt = new Date(now - r.int(30, 3650) * DAY - r.int(0, DAY - 1));
    const consents =
      this.options.consents === false || (c.age !== null && c.age < 14) ? [] : this.consents(createdAt);
    const contacts = this.contacts(createdAt);
    // Spelled out, not spread: one object shape for a million rows keeps V8 fast.
    return {
      id: randomUUID(),
      customerNo: this.nextNo++,
      partyType: c.partyType,
      kind: c.kind,
      source: c.source,
      name: c.name,
      nameInitials: hangulInitials(c.name),
      searchGrams: searchGrams(c.name),
      birthDate: c.birthDate,
      sex: c.sex,
      businessNo: c.businessNo,
      representativeName: c.representativeName,
      address: c.address,
      householdKey: c.address && c.partyType === 'PERSON' ? householdKey(c.address) : null,
      tags: c.tags,
      phones: c.phones,
      emails: c.emails,
      consents,
      contacts,
      lastContactAt: contacts.length ? contacts[0].occurredAt : null,
      createdAt,
    };
  }

  private birthYear(min: number, max: number): number {
    const r = this.random;
    for (;;) {
      const year = BIRTH_DECADES.draw(r) + r.int(0, 9);
      if (year >= min && year <= Math.min(max, this.options.now.getUTCFullYear() - 1)) return year;
    }
  }

  private phone(kind: PlannedPhone['kind'], spelled: string, isPrimary: boolean): PlannedPhone {
    const digits = normalizePhone(spelled);
    if (!digits) throw new Error(`generated an invalid phone number: ${spelled}`);
    return { kind, digits, isPrimary };
  }

  private mobile(): string {
    return `010-${this.random.int(2000, 9999)}-${this.random.digits(4)}`;
  }

  /** A landline of the 시·도: 051-123-4567, Seoul 02-1234-5678. */
  private landline(): string {
    const exchange = this.areaCode === '02' ? this.random.int(2000, 9999) : this.random.int(200, 999);
    return `${this.areaCode}-${exchange}-${this.random.digits(4)}`;
  }

  private email(name: string, year: number): string {
    const r = this.random;
    const [surname, givenHangul] = splitName(name);
    const given = romanize(givenHangul);
    const local = r.chance(0.5)
      ? `${latinSurname(surname)}${given}${String(year).slice(2)}`
      : `${given}${r.chance(0.5) ? '.' : ''}${latinSurname(surname)}${r.int(1, 999)}`;
    const address = `${local}@${EMAIL_DOMAINS.draw(r)}`;
    return normalizeEmail(address) ?? `user${r.digits(6)}@naver.com`;
  }

  private personTags(age: number): string[] {
    const r = this.random;
    const tags: string[] = [];
    if (age >= 65 && r.chance(0.5)) tags.push('어르신');
    if (age >= 19 && age <= 34 && r.chance(0.25)) tags.push('청년');
    if (r.chance(0.04)) tags.push('장애인');
    if (r.chance(0.03)) tags.push('다문화가족');
    if (age >= 30 && age < 70 && r.chance(0.05)) tags.push('소상공인');
    if (r.chance(0.06)) tags.push('자원봉사자');
    if (r.chance(0.03)) tags.push('기초생활수급');
    if (r.chance(0.02)) tags.push('민원다빈도');
    return tags;
  }

  private orgTags(form: number): string[] {
    return [['기업'], ['비영리단체'], ['사회적경제'], ['비영리단체'], ['공동주택'], ['소상공인']][form];
  }

  private consents(since: Date): PlannedConsent[] {
    const r = this.random;
    const staff = this.options.staff ?? [];
    const now = this.options.now.getTime();
    const out: PlannedConsent[] = [];
    for (const purpose of Object.keys(FILL.consent) as ConsentPurpose[]) {
      if (!r.chance(FILL.consent[purpose])) continue;
      const channel = r.pick(CONSENT_CHANNELS);
      const grantedAt = new Date(since.getTime() + r.next() * (now - since.getTime()) * 0.5);
      const recordedBy =
        staff.length && channel !== 'WEB' && channel !== 'MOBILE' ? r.pick(staff).username : 'self-service';
      const withdrawn = r.chance(FILL.consentWithdrawn);
      out.push({
        purpose,
        grantedAt,
        channel,
        evidence: CONSENT_EVIDENCE[channel]!,
        recordedBy,
        withdrawnAt: withdrawn
          ? new Date(grantedAt.getTime() + r.next() * (now - grantedAt.getTime()))
          : null,
        withdrawnBy: withdrawn ? recordedBy : null,
        withdrawalChannel: withdrawn ? r.pick(CONSENT_CHANNELS) : null,
      });
    }
    return out;
  }

  /** Newest first, as the timeline shows them. */
  private contacts(since: Date): PlannedContact[] {
    const staff = this.options.staff ?? [];
    const mean = this.options.contactsPerCustomer ?? 0;
    if (!staff.length || mean <= 0) return [];
    const r = this.random;
    const now = this.options.now.getTime();
    const out: PlannedContact[] = [];
    // Geometric: most residents call once or twice, a few (민원다빈도) many times.
    while (r.chance(mean / (mean + 1)) && out.length < 40) {
      const channel = CHANNELS.draw(r);
      const [summary, direction] = r.pick(CONTACT_SCRIPTS[channel]);
      const handler =
        channel === 'KIOSK' || (channel === 'WEB' && direction === 'INBOUND') ? null : r.pick(staff);
      out.push({
        channel,
        direction,
        occurredAt: new Date(since.getTime() + r.next() * (now - since.getTime())),
        staffId: handler?.id ?? null,
        departmentId: handler?.departmentId ?? null,
        createdBy: handler?.username ?? 'self-service',
        summary,
      });
    }
    return out.sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime());
  }
}
