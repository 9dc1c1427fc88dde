import { createHash } from 'node:crypto';
import { Role } from '@pcrm/tenancy';
import { serviceTestbed, type ServiceTestbed } from '../../test/service-testbed';
import { newDepartment, newStaff } from '../../test/factories';
import { newSurveyCase, type SurveyCaseOptions } from '../../test/survey-cases';
import { PetitionEvents, STANDARD_PETITION_WORKFLOW, STANDARD_VOC_CATEGORIES, VocStatus } from '../petitions';
import { SurveyInvitations } from './survey-invitations.service';
import { SurveyReview, surveyPeriod } from './survey-review.service';
import { SurveyFollowupStatus } from './survey.models';
import type { IssuedSurveyLink } from './survey-link';

const REFERENCE = { workflow: STANDARD_PETITION_WORKFLOW, categories: STANDARD_VOC_CATEGORIES };
let bed: ServiceTestbed;
const issued: IssuedSurveyLink[] = [];

beforeAll(async () => {
  bed = await serviceTestbed('survey service');
  bed.get(SurveyInvitations).subscribe({ onSurveyLinkIssued: async (link) => void issued.push(link) });
});
afterAll(() => bed?.close());

const problem = (error: unknown) => (error as { extensions?: { reason?: string } }).extensions?.reason;
const code = (error: unknown) => (error as { extensions?: { code?: string } }).extensions?.code;
const resident = <T>(work: () => Promise<T>) => bed.scope(work, []);
const answers = async (vocId: string) =>
  (
    await bed.owner<{ n: number }>(`SELECT count(*)::int AS n FROM voc_survey_responses WHERE voc_id = $1`, [
      vocId,
    ])
  )[0].n;

/** A case in the survey step with its link issued through the petition event, as the lifecycle does it. */
async function caseWithLink(options: SurveyCaseOptions = {}) {
  return bed.scope(async () => {
    const department = await newDepartment(bed);
    const officer = await newStaff(bed, { departmentId: department.id });
    const seed = await newSurveyCase((t, p) => bed.sql().query(t, p), bed.tenant.code, REFERENCE, {
      departmentId: department.id,
      officerId: officer.id,
      ...options,
    });
    await bed.get(PetitionEvents).publish({
      type: 'survey-opened',
      vocId: seed.id,
      receiptNo: seed.receiptNo,
      status: VocStatus.SURVEY,
      occurredAt: new Date(),
    });
    const link = issued.at(-1)!;
    expect(link.vocId).toBe(seed.id);
    return { ...seed, token: link.token, link };
  });
}

const GOOD = {
  speed: 5,
  kindness: 4,
  fairness: 5,
  convenience: 4,
  comment: '친절하게 설명해 주셔서\n고맙습니다.',
};
const POOR = { speed: 1, kindness: 2, fairness: 3, convenience: 2, comment: null };

describe('survey links', () => {
  it('issues a 256-bit token on survey-opened, stores only its hash, with the tenant default expiry', async () => {
    const c = await caseWithLink();
    expect(c.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(c.token, 'base64url')).toHaveLength(32);
    expect(c.link.path).toBe(`/r/${bed.tenant.code}/survey/${c.token}`);
    const rows = await bed.owner<{ token_hash: Buffer; days: number; used_at: Date | null }>(
      `SELECT token_hash, round(extract(epoch from expires_at - created_at) / 86400)::int AS days, used_at
         FROM voc_survey_invitations WHERE voc_id = $1`,
      [c.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash.equals(createHash('sha256').update(c.token).digest())).toBe(true);
    expect(rows[0].days).toBe(14);
    const text = JSON.stringify(
      await bed.owner(`SELECT * FROM voc_survey_invitations WHERE voc_id = $1`, [c.id]),
    );
    expect(text).not.toContain(c.token);
  });

  it('takes voc_settings.survey_valid_days for the expiry', async () => {
    await bed.owner(
      `INSERT INTO voc_settings (tenant_id, survey_valid_days) VALUES ($1, 3)
       ON CONFLICT (tenant_id) DO UPDATE SET survey_valid_days = 3`,
      [bed.tenant.code],
    );
    try {
      const c = await caseWithLink();
      const [row] = await bed.owner<{ days: number }>(
        `SELECT round(extract(epoch from expires_at - created_at) / 86400)::int AS days
           FROM voc_survey_invitations WHERE voc_id = $1`,
        [c.id],
      );
      expect(row.days).toBe(3);
    } finally {
      await bed.owner(`DELETE FROM voc_settings WHERE tenant_id = $1`, [bed.tenant.code]);
    }
  });

  it('records one answer with the case department and officer, then refuses the link as used', async () => {
    const c = await caseWithLink();
    const done = await resident(() => bed.get(SurveyInvitations).answer(c.token, GOOD));
    expect(done).toEqual({ vocId: c.id, followup: false });
    const [row] = await bed.owner(`SELECT * FROM voc_survey_responses WHERE voc_id = $1`, [c.id]);
    expect(row).toMatchObject({
      department_id: c.departmentId,
      officer_id: c.officerId,
      speed: 5,
      kindness: 4,
      fairness: 5,
      convenience: 4,
      comment: '친절하게 설명해 주셔서\n고맙습니다.',
    });
    const again = await resident(() => bed.get(SurveyInvitations).answer(c.token, POOR)).catch((e) => e);
    expect(code(again)).toBe('BAD_USER_INPUT');
    expect(problem(again)).toBe('SURVEY_LINK_USED');
    expect(await answers(c.id)).toBe(1);
    const state = await resident(() => bed.get(SurveyInvitations).state(c.token)).catch((e) => e);
    expect(problem(state)).toBe('SURVEY_LINK_USED');
  });

  it('refuses an expired link and changes nothing', async () => {
    const c = await caseWithLink();
    await bed.owner(
      `UPDATE voc_survey_invitations SET created_at = now() - interval '20 days', expires_at = now() - interval '1 second'
        WHERE voc_id = $1`,
      [c.id],
    );
    const error = await resident(() => bed.get(SurveyInvitations).answer(c.token, GOOD)).catch((e) => e);
    expect(problem(error)).toBe('SURVEY_LINK_EXPIRED');
    expect(error.message).toContain('응답 기간이 지난');
    expect(await answers(c.id)).toBe(0);
    const [inv] = await bed.owner(`SELECT used_at FROM voc_survey_invitations WHERE voc_id = $1`, [c.id]);
    expect(inv.used_at).toBeNull();
  });

  it('refuses an unknown or malformed token the same way', async () => {
    for (const token of ['x'.repeat(43), 'short', '../../etc/passwd']) {
      const error = await resident(() => bed.get(SurveyInvitations).answer(token, GOOD)).catch((e) => e);
      expect(problem(error)).toBe('SURVEY_LINK_UNKNOWN');
    }
  });

  it('lets exactly one of two concurrent answers of one link through', async () => {
    const c = await caseWithLink();
    const results = await Promise.allSettled([
      resident(() => bed.get(SurveyInvitations).answer(c.token, GOOD)),
      resident(() => bed.get(SurveyInvitations).answer(c.token, POOR)),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(problem(refused.reason)).toBe('SURVEY_LINK_USED');
    expect(await answers(c.id)).toBe(1);
  });

  it('refuses bad answers with the field and keeps the link usable', async () => {
    const c = await caseWithLink();
    const cases: [Record<string, unknown>, string][] = [
      [{ ...GOOD, speed: 6 }, 'speed'],
      [{ ...GOOD, kindness: 0 }, 'kindness'],
      [{ ...GOOD, fairness: 2.5 }, 'fairness'],
      [{ ...GOOD, convenience: undefined }, 'convenience'],
      [{ ...GOOD, comment: '좋아요\u200B' }, 'comment'],
      [{ ...GOOD, comment: '\u3164\u3164' }, 'comment'],
      [{ ...GOOD, comment: '가'.repeat(2001) }, 'comment'],
    ];
    for (const [input, field] of cases) {
      const error = await resident(() => bed.get(SurveyInvitations).answer(c.token, input as never)).catch(
        (e) => e,
      );
      expect(code(error)).toBe('BAD_USER_INPUT');
      expect((error as { extensions: { field: string } }).extensions.field).toBe(field);
    }
    expect(await answers(c.id)).toBe(0);
    await resident(() => bed.get(SurveyInvitations).answer(c.token, { ...GOOD, comment: '가'.repeat(2000) }));
    expect(await answers(c.id)).toBe(1);
  });
});

describe('follow-ups of low scores', () => {
  it('opens one for a mean under the threshold, none at or above it; a manager resolves it once', async () => {
    const low = await caseWithLink();
    const high = await caseWithLink();
    expect((await resident(() => bed.get(SurveyInvitations).answer(low.token, POOR))).followup).toBe(true);
    expect(
      (
        await resident(() =>
          bed
            .get(SurveyInvitations)
            .answer(high.token, { ...POOR, speed: 5, kindness: 3, fairness: 3, convenience: 1 }),
        )
      ).followup,
    ).toBe(false);
    const open = await bed.scope(
      () => bed.get(SurveyReview).followups({ status: SurveyFollowupStatus.OPEN }, 50),
      [Role.Manager],
    );
    const mine = open.edges.map((e) => e.node).filter((f) => [low.id, high.id].includes(f.vocId));
    expect(mine).toEqual([
      expect.objectContaining({ vocId: low.id, meanScore: 2, status: 'OPEN', receiptNo: low.receiptNo }),
    ]);

    const done = await bed.scope(
      () => bed.get(SurveyReview).resolveFollowup(mine[0].id, '전화로 사과드리고 재처리함'),
      [Role.Manager],
    );
    expect(done).toMatchObject({ status: 'DONE', note: '전화로 사과드리고 재처리함' });
    expect(done.resolvedAt).toBeInstanceOf(Date);
    const ofCase = await bed.scope(
      () => bed.get(SurveyReview).followups({ vocId: low.id }, 50),
      [Role.Manager],
    );
    expect(ofCase.totalCount).toBe(1);
    expect(ofCase.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({ id: mine[0].id, vocId: low.id, status: 'DONE' }),
    ]);
    const none = await bed.scope(
      () => bed.get(SurveyReview).followups({ vocId: high.id }, 50),
      [Role.Manager],
    );
    expect(none.totalCount).toBe(0);
    const twice = await bed
      .scope(() => bed.get(SurveyReview).resolveFollowup(mine[0].id, '다시'), [Role.Manager])
      .catch((e) => e);
    expect(code(twice)).toBe('BAD_USER_INPUT');
    const [audit] = await bed.owner(
      `SELECT action FROM audit_events WHERE tenant_id = $1 AND entity = 'voc_survey_followup' AND entity_id = $2`,
      [bed.tenant.code, mine[0].id],
    );
    expect(audit.action).toBe('update');
  });

  it('follows the tenant threshold of voc_settings', async () => {
    await bed.owner(
      `INSERT INTO voc_settings (tenant_id, survey_threshold) VALUES ($1, 4.5)
       ON CONFLICT (tenant_id) DO UPDATE SET survey_threshold = 4.5`,
      [bed.tenant.code],
    );
    try {
      const under = await caseWithLink();
      const at = await caseWithLink();
      const answer = (token: string, fairness: number) =>
        resident(() => bed.get(SurveyInvitations).answer(token, { ...GOOD, fairness }));
      expect((await answer(under.token, 4)).followup).toBe(true); // mean 4.25
      expect((await answer(at.token, 5)).followup).toBe(false); // mean 4.5
    } finally {
      await bed.owner(`DELETE FROM voc_settings WHERE tenant_id = $1`, [bed.tenant.code]);
    }
  });
});

describe('results and quality rating', () => {
  it('averages per case, officer and department and pages the answers newest first', async () => {
    const a = await caseWithLink();
    await resident(() => bed.get(SurveyInvitations).answer(a.token, GOOD));
    const review = bed.get(SurveyReview);
    const one = await bed.scope(() => review.results({ vocId: a.id }, 10), [Role.Officer]);
    expect(one).toMatchObject({ count: 1, speed: 5, kindness: 4, fairness: 5, convenience: 4, overall: 4.5 });
    const byOfficer = await bed.scope(() => review.results({ officerId: a.officerId }, 10), [Role.Officer]);
    expect(byOfficer.count).toBe(1);
    const byDepartment = await bed.scope(
      () => review.results({ departmentId: a.departmentId }, 10),
      [Role.Officer],
    );
    expect(byDepartment.answers.edges.map((e) => e.node.vocId)).toEqual([a.id]);

    const all = await bed.scope(() => review.results({}, 2), [Role.Officer]);
    expect(all.count).toBeGreaterThan(2);
    expect(all.answers.pageInfo.hasNextPage).toBe(true);
    const seen = [...all.answers.edges.map((e) => e.node.vocId)];
    let after = all.answers.pageInfo.endCursor;
    while (after) {
      const next = await bed.scope(() => review.results({}, 2, after), [Role.Officer]);
      seen.push(...next.answers.edges.map((e) => e.node.vocId));
      after = next.answers.pageInfo.hasNextPage ? next.answers.pageInfo.endCursor : null;
    }
    expect(new Set(seen).size).toBe(all.count);
    expect(seen).toHaveLength(all.count);
    const forged = await bed
      .scope(() => review.results({}, 2, 'bm90LWpzb24'), [Role.Officer])
      .catch((e) => e);
    expect((forged as { extensions: { field: string } }).extensions.field).toBe('after');
  });

  it('counts the response rate of issued links and narrows everything to a month range in Seoul time', async () => {
    const a = await caseWithLink();
    const b = await caseWithLink({ departmentId: a.departmentId, officerId: a.officerId });
    await resident(() => bed.get(SurveyInvitations).answer(a.token, GOOD));
    const review = bed.get(SurveyReview);
    const scope = { departmentId: a.departmentId };
    const now = await bed.scope(() => review.results(scope, 10), [Role.Officer]);
    expect(now).toMatchObject({ count: 1, invited: 2, responded: 1, responseRate: 0.5 });
    const byOfficer = await bed.scope(() => review.results({ officerId: a.officerId }, 10), [Role.Officer]);
    expect(byOfficer).toMatchObject({ invited: 2, responded: 1 });

    // 2025-03-31T15:00Z is 1 April 00:00 in Seoul: the answer belongs to April, the links to March.
    await bed.owner(
      `UPDATE voc_survey_responses SET submitted_at = '2025-03-31T15:00:00Z' WHERE voc_id = $1`,
      [a.id],
    );
    await bed.owner(
      `UPDATE voc_survey_invitations SET created_at = '2025-03-31T14:59:59Z' WHERE voc_id = ANY($1::uuid[])`,
      [[a.id, b.id]],
    );
    const march = await bed.scope(
      () => review.results({ ...scope, period: surveyPeriod('2025-03', '2025-03') }, 10),
      [Role.Officer],
    );
    expect(march).toMatchObject({ count: 0, speed: null, invited: 2, responded: 1, responseRate: 0.5 });
    expect(march.answers.totalCount).toBe(0);
    const april = await bed.scope(
      () => review.results({ ...scope, period: surveyPeriod('2025-04', '2025-05') }, 10),
      [Role.Officer],
    );
    expect(april).toMatchObject({ count: 1, speed: 5, invited: 0, responded: 0, responseRate: null });
    expect(april.answers.edges.map((e) => e.node.vocId)).toEqual([a.id]);
  });

  it('refuses a half, reversed or too long period', () => {
    const field = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return [code(e), (e as { extensions: { field: string } }).extensions.field];
      }
      return null;
    };
    expect(surveyPeriod(null, null)).toBeNull();
    expect(field(() => surveyPeriod('2026-01', null))).toEqual(['BAD_USER_INPUT', 'to']);
    expect(field(() => surveyPeriod(null, '2026-01'))).toEqual(['BAD_USER_INPUT', 'from']);
    expect(field(() => surveyPeriod('2026-05', '2026-01'))).toEqual(['BAD_USER_INPUT', 'to']);
    expect(field(() => surveyPeriod('2024-01', '2026-01'))).toEqual(['BAD_USER_INPUT', 'to']);
    expect(surveyPeriod('2026-01', '2026-02')).toEqual({
      from: new Date('2025-12-31T15:00:00Z'),
      to: new Date('2026-02-28T15:00:00Z'),
    });
  });

  it('rates complex and long-term cases only, 1 to 5, and reads the rating back with the rater', async () => {
    const complex = await caseWithLink({ handlingClass: 'COMPLEX' });
    const longTerm = await caseWithLink({ handlingClass: 'LONG_TERM' });
    const simple = await caseWithLink();
    const review = bed.get(SurveyReview);
    expect(await bed.scope(() => review.quality(complex.id), [Role.Officer])).toBeNull();
    const rated = await bed.scope(() => review.rateQuality(complex.id, 4), [Role.Manager]);
    expect(rated).toMatchObject({ vocId: complex.id, qualityScore: 4 });
    expect(await bed.scope(() => review.quality(complex.id), [Role.Officer])).toEqual(rated);
    expect(await bed.scope(() => review.rateQuality(longTerm.id, 2), [Role.Manager])).toMatchObject({
      vocId: longTerm.id,
      qualityScore: 2,
    });
    const [row] = await bed.owner(`SELECT quality_score FROM voc_items WHERE id = $1`, [complex.id]);
    expect(row.quality_score).toBe(4);
    const notComplex = await bed
      .scope(() => review.rateQuality(simple.id, 4), [Role.Manager])
      .catch((e) => e);
    expect((notComplex as { extensions: { field: string } }).extensions.field).toBe('vocId');
    const outOfRange = await bed
      .scope(() => review.rateQuality(complex.id, 9), [Role.Manager])
      .catch((e) => e);
    expect(code(outOfRange)).toBe('BAD_USER_INPUT');
    const [still] = await bed.owner(`SELECT quality_score FROM voc_items WHERE id = $1`, [complex.id]);
    expect(still.quality_score).toBe(4);
  });
});
