import { randomUUID } from 'node:crypto';
import {
  HandlingClass,
  STANDARD_VOC_CATEGORIES,
  STANDARD_VOC_PERIODS,
  VocKind,
  VocSource,
  VocStatus,
  type StandardVocPeriod,
  type VocDeadlines,
} from '@pcrm/crm-core';
import { Random, Weighted } from '../customers/random';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** How one 시·도 handles its petitions in the demo: tenants differ, so the ministry comparison has something to compare. */
export interface TenantProfile {
  /** Typical processing time as a share of the statutory period (0.3 = within Busan's 50 % target mostly). */
  readonly speed: number;
  /** Share of finished cases answered after the statutory due date. */
  readonly lateShare: number;
  /** Mean survey score (1–5) before per-case effects. */
  readonly satisfaction: number;
  /** Share of closed cases whose resident answers the survey. */
  readonly surveyRate: number;
}

/** A stable profile per tenant from its code, so every installation shows the same ranking. */
export function tenantProfile(tenant: string): TenantProfile {
  const r = new Random(`voc-profile:${tenant}`);
  return {
    speed: 0.22 + r.next() * 0.3,
    lateShare: 0.02 + r.next() * 0.1,
    satisfaction: 3.4 + r.next() * 1.1,
    surveyRate: 0.3 + r.next() * 0.3,
  };
}

export interface SeedDepartment {
  readonly id: string;
  readonly parentId: string | null;
  readonly depth: number;
}
export interface SeedStaff {
  readonly id: string;
  readonly departmentId: string | null;
  readonly username: string;
  readonly roles: readonly string[];
}

export interface PlannedTransition {
  readonly event: string;
  readonly from: VocStatus | null;
  readonly to: VocStatus;
  readonly actorStaffId: string | null;
  readonly actor: string;
  readonly comment: string | null;
  readonly at: Date;
}

export interface PlannedSurvey {
  readonly speed: number;
  readonly kindness: number;
  readonly fairness: number;
  readonly convenience: number;
  readonly comment: string | null;
  readonly submittedAt: Date;
}

export interface PlannedVoc {
  readonly id: string;
  receiptYear: number;
  receiptSeq: number;
  readonly source: VocSource;
  readonly channel: string;
  readonly kind: VocKind;
  readonly periodVariant: string;
  readonly handlingClass: HandlingClass;
  readonly categoryCode: string;
  readonly title: string;
  readonly body: string;
  readonly customerId: string | null;
  readonly contactName: string | null;
  readonly replyChannel: 'SMS' | 'EMAIL' | 'MAIL' | 'NONE';
  readonly status: VocStatus;
  readonly departmentId: string;
  readonly officerId: string;
  readonly receivedAt: Date;
  readonly periodValue: number;
  readonly periodUnit: string;
  readonly dueAt: Date;
  readonly targetDueAt: Date;
  readonly extensionReason: string | null;
  readonly approvalRequired: boolean;
  readonly approvedBy: string | null;
  readonly approvedAt: Date | null;
  readonly answer: string | null;
  readonly outcomeReason: string | null;
  readonly transferAgency: string | null;
  readonly answeredAt: Date | null;
  readonly closedAt: Date | null;
  readonly qualityScore: number | null;
  readonly qualityRatedBy: string | null;
  readonly transitions: readonly PlannedTransition[];
  readonly survey: PlannedSurvey | null;
}

const SOURCES = new Weighted<VocSource>([
  [VocSource.PETITION, 64],
  [VocSource.EPEOPLE_TRANSFER, 14],
  [VocSource.COUNCIL, 4],
  [VocSource.MEETING, 3],
  [VocSource.FIELD_DIALOGUE, 4],
  [VocSource.PRESS, 4],
  [VocSource.INSTRUCTION, 3],
  [VocSource.PLEDGE, 1],
  [VocSource.AGENCY_SUGGESTION, 3],
]);
const CHANNELS = new Weighted<string>([
  ['WEB', 34],
  ['PHONE', 26],
  ['VISIT', 16],
  ['MOBILE', 14],
  ['EMAIL', 4],
  ['MAIL', 3],
  ['KIOSK', 2],
  ['SMS', 1],
]);
const KINDS = new Weighted<VocKind>([
  [VocKind.STATUTORY, 24],
  [VocKind.INQUIRY, 22],
  [VocKind.PROPOSAL, 16],
  [VocKind.GRIEVANCE, 20],
  [VocKind.OTHER, 8],
  [VocKind.PRAISE, 3],
  [VocKind.COMPLAINT, 7],
]);
const CATEGORIES = new Weighted<string>(
  STANDARD_VOC_CATEGORIES.map((c): [string, number] => [
    c.code,
    ({ PARKING: 14, TRAFFIC: 8, ROAD: 9, NOISE: 8, WASTE: 8, BUS: 6, TAX: 6, BUILDING: 6 } as const)[
      c.code as 'PARKING'
    ] ?? 3,
  ]),
);
const REJECT_REASONS = ['관계 법령상 처리 불가', '사유지로 행정 개입 불가', '동일 내용 반복 민원으로 종결'];
const AGENCIES = ['국토교통부', '경찰청', '한국전력공사', '관할 구청', '국민건강보험공단'];
const REQUESTS = ['개선 요청', '불편 신고', '처리 문의', '조치 요청', '관련 건의', '민원'];
const COMMENTS = [
  '신속하게 처리해 주셔서 감사합니다.',
  '담당자 설명이 친절했습니다.',
  '처리 결과가 만족스럽지 않습니다.',
  '답변이 늦었습니다.',
  '현장 확인까지 해 주셔서 고맙습니다.',
];

/** The class a case of this kind and period is handled as (Busan's 처리유형). */
function classOf(kind: VocKind, period: StandardVocPeriod, r: Random): HandlingClass {
  if (period.unit === 'HOURS') return HandlingClass.SIMPLE_FORM;
  if (kind === VocKind.STATUTORY)
    return r.chance(0.7)
      ? HandlingClass.SIMPLE_FORM
      : r.chance(0.7)
        ? HandlingClass.COMPLEX
        : HandlingClass.PERIODIC;
  if (kind === VocKind.INQUIRY) return r.chance(0.8) ? HandlingClass.SIMPLE_CONSULT : HandlingClass.COMPLEX;
  if (kind === VocKind.PROPOSAL) return r.chance(0.85) ? HandlingClass.COMPLEX : HandlingClass.LONG_TERM;
  return r.chance(0.55)
    ? HandlingClass.SIMPLE_CONSULT
    : r.chance(0.85)
      ? HandlingClass.COMPLEX
      : HandlingClass.LONG_TERM;
}

function periodOf(kind: VocKind, category: string, r: Random): StandardVocPeriod {
  const own = STANDARD_VOC_PERIODS.filter((p) => p.kind === kind && p.categoryCode === category);
  const general = STANDARD_VOC_PERIODS.filter((p) => p.kind === kind && p.categoryCode === '*');
  return r.pick(own.length ? own : general);
}

/** A score 1–5 around `mean`. */
const score = (r: Random, mean: number) =>
  Math.max(1, Math.min(5, Math.round(mean + (r.next() + r.next() + r.next() - 1.5) * 1.6)));

/** A received time in office hours on a working day (evenings and weekends now and then, as on the web). */
function receivedAt(r: Random, now: Date, days: number): Date {
  const at = new Date(now.getTime() - r.next() * days * DAY);
  const weekday = (at.getUTCDay() + 7) % 7; // UTC; close enough to Seoul for a demo weekday
  const offHours = r.chance(0.12);
  if (!offHours && (weekday === 0 || weekday === 6)) at.setTime(at.getTime() - (weekday === 0 ? 2 : 1) * DAY);
  // Seoul 09–18 is 00–09 UTC.
  if (!offHours) at.setUTCHours(r.int(0, 8), r.int(0, 59), r.int(0, 59), 0);
  return at.getTime() > now.getTime() ? new Date(now.getTime() - HOUR) : at;
}

export interface PetitionPlanOptions {
  readonly tenant: string;
  readonly customers: readonly string[];
  readonly departments: readonly SeedDepartment[];
  readonly staff: readonly SeedStaff[];
  readonly deadlines: VocDeadlines;
  readonly targetShare: number;
  readonly now: Date;
}

/**
 * A year of petitions of one 시·도, planned without a database. Residents are skewed as Busan found (a third
 * of petitioners file most petitions): a few chronic petitioners, more repeaters, most file once or never.
 */
export class PetitionPlanner {
  private readonly r: Random;
  private readonly profile: TenantProfile;
  private readonly residents: Weighted<string | null>;
  private readonly teams: readonly SeedDepartment[];
  private readonly officersOf = new Map<string, SeedStaff[]>();
  private readonly managers: readonly SeedStaff[];
  private readonly teamOfCategory = new Map<string, SeedDepartment>();

  constructor(private readonly o: PetitionPlanOptions) {
    this.r = new Random(`voc:${o.tenant}`);
    this.profile = tenantProfile(o.tenant);
    const weights: [string | null, number][] = o.customers.map((id) => {
      const x = this.r.next();
      return [id, x < 0.04 ? 30 : x < 0.3 ? 3.5 : 0.45];
    });
    // Anonymous contacts (no customer): about one case in eight.
    const known = weights.reduce((s, [, w]) => s + w, 0);
    weights.push([null, known / 7]);
    this.residents = new Weighted(weights);
    const teams = o.departments.filter((d) => d.depth >= 2);
    this.teams = teams.length ? teams : o.departments;
    for (const s of o.staff) {
      if (!s.departmentId || !s.roles.includes('officer')) continue;
      const list = this.officersOf.get(s.departmentId) ?? [];
      list.push(s);
      this.officersOf.set(s.departmentId, list);
    }
    this.managers = o.staff.filter((s) => s.roles.includes('manager'));
    for (const c of STANDARD_VOC_CATEGORIES) this.teamOfCategory.set(c.code, this.r.pick(this.teams));
  }

  async plan(count: number): Promise<PlannedVoc[]> {
    const out: PlannedVoc[] = [];
    for (let i = 0; i < count; i++) out.push(await this.one());
    out.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
    return out;
  }

  private officerIn(team: SeedDepartment): SeedStaff {
    const list = this.officersOf.get(team.id);
    return list?.length ? this.r.pick(list) : this.r.pick(this.o.staff);
  }

  private async one(): Promise<PlannedVoc> {
    const { r, profile, o } = this;
    const now = o.now;
    const at = receivedAt(r, now, 365);
    const kind = KINDS.draw(r);
    const categoryCode = CATEGORIES.draw(r);
    const category = STANDARD_VOC_CATEGORIES.find((c) => c.code === categoryCode)!;
    const period = periodOf(kind, categoryCode, r);
    const handlingClass = classOf(kind, period, r);
    const statutory = { value: period.value, unit: period.unit };
    const due = (await o.deadlines.dueAt(at, statutory)).dueAt;
    const target = (await o.deadlines.targetDueAt(at, statutory, o.targetShare)).dueAt;
    // One case in four goes to another team than its category's usual one.
    const team = r.chance(0.75) ? this.teamOfCategory.get(categoryCode)! : r.pick(this.teams);
    const officer = this.officerIn(team);
    const customerId = this.residents.draw(r);
    const span = due.getTime() - at.getTime();

    // How long it took (as a share of the statutory period); null while still open.
    const age = now.getTime() - at.getTime();
    const late = r.chance(profile.lateShare * (handlingClass === HandlingClass.COMPLEX ? 1.6 : 1));
    let share = late ? 1.02 + r.next() * 0.8 : Math.min(0.98, profile.speed * (0.25 + r.next() * 1.7));
    if (handlingClass === HandlingClass.LONG_TERM) share = Math.min(share * 1.4, late ? 3 : 0.98);
    let doneAt: Date | null = new Date(at.getTime() + Math.max(span * share, 20 * 60_000));
    // Some cases are still open: recent ones, and a few old ones left overdue.
    const stuck = r.chance(0.02);
    if (doneAt.getTime() > now.getTime() || stuck) doneAt = null;

    const extended = doneAt !== null && late && r.chance(0.35);
    const dueAt = extended ? new Date(due.getTime() + span) : due;
    const outcome: 'ANSWER' | 'REJECT' | 'TRANSFER' = r.chance(0.86)
      ? 'ANSWER'
      : r.chance(0.5)
        ? 'REJECT'
        : 'TRANSFER';
    const transfer = doneAt !== null && outcome === 'TRANSFER';
    if (transfer) doneAt = new Date(at.getTime() + Math.min(span * 0.2, 2 * DAY) + 30 * 60_000);
    const approvalRequired =
      handlingClass === HandlingClass.COMPLEX || handlingClass === HandlingClass.LONG_TERM;
    const approver = approvalRequired && this.managers.length ? r.pick(this.managers) : null;
    const closedAt =
      doneAt && now.getTime() - doneAt.getTime() > 10 * DAY
        ? new Date(doneAt.getTime() + r.int(3, 10) * DAY)
        : null;
    const surveyOpen = doneAt !== null && !transfer;
    const surveyed = surveyOpen && closedAt !== null && r.chance(profile.surveyRate);

    const actor = (s: SeedStaff | null) => (s ? `${o.tenant}/${s.username}` : `${o.tenant}/demo-seed`);
    const steps: PlannedTransition[] = [];
    const step = (
      event: string,
      to: VocStatus,
      when: Date,
      by: SeedStaff | null,
      comment: string | null = null,
    ) => {
      steps.push({
        event,
        from: steps.length ? steps[steps.length - 1].to : null,
        to,
        actorStaffId: by?.id ?? null,
        actor: actor(by),
        comment,
        at: when,
      });
    };
    const after = (ms: number) => new Date(Math.min(at.getTime() + ms, now.getTime()));
    step('RECEIVE', VocStatus.RECEIVED, at, null);
    const assignAt = after(Math.min(span * 0.05, 2 * HOUR));
    const startAt = after(Math.min(span * 0.1, 4 * HOUR));
    let status: VocStatus = VocStatus.RECEIVED;
    if (age > 30 * 60_000 || doneAt) {
      step('ASSIGN', VocStatus.ASSIGNED, assignAt, this.managers.length ? r.pick(this.managers) : officer);
      status = VocStatus.ASSIGNED;
    }
    if (transfer) {
      step('TRANSFER', VocStatus.TRANSFERRED, doneAt!, officer, '소관 기관 이송');
      status = VocStatus.TRANSFERRED;
    } else if (age > 4 * HOUR || doneAt) {
      step('START', VocStatus.IN_PROGRESS, startAt, officer);
      status = VocStatus.IN_PROGRESS;
      if (extended)
        step(
          'EXTEND',
          VocStatus.IN_PROGRESS,
          new Date(due.getTime() - span * 0.2),
          officer,
          '현장 확인 및 관계기관 협의 필요',
        );
      if (approver && doneAt)
        step('APPROVE', VocStatus.IN_PROGRESS, new Date(doneAt.getTime() - 10 * 60_000), approver);
      if (doneAt) {
        const answered = outcome === 'ANSWER';
        step(
          answered ? 'ANSWER' : 'REJECT',
          answered ? VocStatus.ANSWERED : VocStatus.REJECTED,
          doneAt,
          officer,
        );
        status = answered ? VocStatus.ANSWERED : VocStatus.REJECTED;
      }
    }
    if (surveyOpen && now.getTime() - doneAt!.getTime() > 2 * HOUR) {
      step('OPEN_SURVEY', VocStatus.SURVEY, new Date(doneAt!.getTime() + HOUR), null);
      status = VocStatus.SURVEY;
    }
    if (closedAt && (transfer || status === VocStatus.SURVEY)) {
      if (transfer) step('OPEN_SURVEY', VocStatus.SURVEY, new Date(doneAt!.getTime() + HOUR), null);
      step('CLOSE', VocStatus.CLOSED, closedAt, null);
      status = VocStatus.CLOSED;
    }

    let survey: PlannedSurvey | null = null;
    if (surveyed) {
      const lateness =
        doneAt!.getTime() > due.getTime() ? -1.2 : doneAt!.getTime() > target.getTime() ? -0.4 : 0.3;
      const mood = profile.satisfaction + (outcome === 'REJECT' ? -1.1 : 0);
      survey = {
        speed: score(r, mood + lateness),
        kindness: score(r, mood + 0.25),
        fairness: score(r, mood - 0.1),
        convenience: score(r, mood),
        comment: r.chance(0.3) ? r.pick(COMMENTS) : null,
        submittedAt: new Date(doneAt!.getTime() + r.int(2, 70) * HOUR),
      };
    }
    const keyword = category.keywords.length ? r.pick(category.keywords) : category.nameKo;
    const finished = doneAt !== null;
    return {
      id: randomUUID(),
      receiptYear: 0,
      receiptSeq: 0,
      source: SOURCES.draw(r),
      channel: CHANNELS.draw(r),
      kind,
      periodVariant: period.variant,
      handlingClass,
      categoryCode,
      title: `${keyword} ${r.pick(REQUESTS)}`,
      body: `${category.nameKo} 분야 민원입니다. ${keyword} 관련하여 확인과 조치를 요청드립니다.`,
      customerId,
      contactName: customerId ? null : '익명',
      replyChannel: customerId ? r.pick(['SMS', 'SMS', 'EMAIL', 'NONE'] as const) : 'NONE',
      status,
      departmentId: team.id,
      officerId: officer.id,
      receivedAt: at,
      periodValue: period.value,
      periodUnit: period.unit,
      dueAt,
      targetDueAt: target,
      extensionReason: extended ? '현장 확인 및 관계기관 협의 필요' : null,
      approvalRequired,
      approvedBy: finished && !transfer ? (approver?.id ?? null) : null,
      approvedAt: finished && !transfer && approver ? new Date(doneAt!.getTime() - 10 * 60_000) : null,
      answer:
        finished && outcome === 'ANSWER' && !transfer
          ? `${keyword} 관련 현장을 확인하고 조치하였습니다.`
          : null,
      outcomeReason: finished
        ? transfer
          ? '소관 기관 이송'
          : outcome === 'REJECT'
            ? r.pick(REJECT_REASONS)
            : null
        : null,
      transferAgency: transfer ? r.pick(AGENCIES) : null,
      answeredAt: doneAt,
      closedAt: status === VocStatus.CLOSED ? closedAt : null,
      qualityScore: finished && handlingClass === HandlingClass.COMPLEX && approver ? score(r, 4) : null,
      qualityRatedBy: finished && handlingClass === HandlingClass.COMPLEX && approver ? approver.id : null,
      transitions: steps,
      survey,
    };
  }
}
