import { Inject, Injectable } from '@nestjs/common';
import {
  Cursor,
  RequestContexts,
  TenantDatabase,
  badInput,
  notFound,
  recordAudit,
  run,
  runOne,
  toConnection,
  type Sql,
} from '@pcrm/tenancy';
import { monthsOf } from '../petition-analytics';
import {
  QUALITY_RATED_CLASSES,
  SurveyQueries as Q,
  type FollowupFilter,
  type SurveyScope,
} from './survey.sql';
import {
  SurveyFollowupStatus,
  toAnswer,
  toFollowup,
  type VocQualityRating,
  type VocSurveyFollowup,
  type VocSurveyResults,
} from './survey.models';
import { surveyComment, surveyScore } from './survey-text';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MICROS = /^[0-9]{1,17}$/;

/** A keyset cursor of (time, uuid), checked before it reaches SQL. */
function timeIdCursor(after: string | null | undefined): { atUs: string; id: string } | null {
  if (!after) return null;
  const [at, id] = Cursor.decode(after, 2);
  if (typeof at !== 'string' || !MICROS.test(at) || typeof id !== 'string' || !UUID.test(id))
    throw badInput('after', '페이지 커서(after)가 올바르지 않습니다.', 'The page cursor (after) is invalid.');
  return { atUs: at, id };
}

const num = (v: string | null): number | null => (v === null ? null : Number(v));

/** The longest period a result covers, as on the analytics screens. */
const MAX_SURVEY_MONTHS = 24;

/** An optional month range (YYYY-MM, Asia/Seoul): both ends or neither. */
export function surveyPeriod(from?: string | null, to?: string | null): SurveyScope['period'] {
  if (!from && !to) return null;
  if (!from || !to)
    throw badInput(
      from ? 'to' : 'from',
      '기간은 시작 월(from)과 끝 월(to)을 함께 주어야 합니다.',
      'Give both from and to for a period.',
    );
  const months = monthsOf({ from, to }, MAX_SURVEY_MONTHS);
  return { from: months.from, to: months.to };
}

/** What managers and officers see of the surveys: results, follow-ups, and the quality rating of complex cases. */
@Injectable()
export class SurveyReview {
  constructor(@Inject(TenantDatabase) private readonly db: TenantDatabase) {}

  private get sql(): Sql {
    return this.db.request();
  }

  async results(scope: SurveyScope, first: number, after?: string | null): Promise<VocSurveyResults> {
    const avg = await runOne(this.sql, Q.averages(scope));
    const sent = await runOne(this.sql, Q.invitationStats(scope));
    return {
      count: avg.n,
      speed: num(avg.speed),
      kindness: num(avg.kindness),
      fairness: num(avg.fairness),
      convenience: num(avg.convenience),
      overall: num(avg.overall),
      invited: sent.invited,
      responded: sent.responded,
      responseRate: sent.invited === 0 ? null : Math.round((sent.responded / sent.invited) * 10_000) / 10_000,
      answers: await this.answers(scope, first, after, avg.n),
    };
  }

  /** The answers of a scope, newest first; `total` when the caller has already counted them. */
  async answers(scope: SurveyScope, first: number, after?: string | null, total?: number) {
    const cursor = timeIdCursor(after);
    const rows = await run(
      this.sql,
      Q.answerPage(scope, cursor && { atUs: cursor.atUs, vocId: cursor.id }, first + 1),
    );
    const n = total ?? (await runOne(this.sql, Q.averages(scope))).n;
    return toConnection(rows, first, n, toAnswer, (r) => [r.at_us, r.voc_id]);
  }

  async followups(filter: FollowupFilter, first: number, after?: string | null) {
    const cursor = timeIdCursor(after);
    const rows = await run(this.sql, Q.followupPage(filter, cursor, first + 1));
    const { n } = await runOne(this.sql, Q.followupCount(filter));
    return toConnection(rows, first, n, toFollowup, (r) => [r.at_us, r.id]);
  }

  async resolveFollowup(id: string, note: string): Promise<VocSurveyFollowup> {
    const text = surveyComment(note);
    if (!text) throw badInput('note', '조치 내용을 적어 주세요.', 'Describe what was done (note).');
    const [before] = await run(this.sql, Q.followupById(id));
    if (!before) throw notFound('후속 조치', 'Follow-up');
    if (before.status !== SurveyFollowupStatus.OPEN)
      throw badInput('id', '이미 조치를 마친 후속 조치입니다.', 'This follow-up is already done.');
    const { principal } = RequestContexts.require();
    const [done] = await run(this.sql, Q.resolveFollowup(id, text, principal.name ?? principal.username));
    if (!done) throw badInput('id', '이미 조치를 마친 후속 조치입니다.', 'This follow-up is already done.');
    const [after] = await run(this.sql, Q.followupById(id));
    await recordAudit(this.sql, {
      action: 'update',
      entity: 'voc_survey_followup',
      entityId: id,
      before: { status: before.status },
      after: { status: after.status, note: after.note },
    });
    return toFollowup(after);
  }

  /** The supervisor's 1–5 quality rating of a complex (복합) or long-term (장기) case. */
  async rateQuality(vocId: string, score: number): Promise<VocQualityRating> {
    const value = surveyScore(score, 'score', '품질');
    const [voc] = await run(this.sql, Q.caseById(vocId));
    if (!voc) throw notFound('민원', 'Petition');
    if (!(QUALITY_RATED_CLASSES as readonly string[]).includes(voc.handling_class))
      throw badInput(
        'vocId',
        '처리 품질 평가는 복합·장기 민원에만 할 수 있습니다.',
        'Only complex (COMPLEX) and long-term (LONG_TERM) cases are rated for quality.',
      );
    const [staff] = await run(this.sql, Q.staffBySubject(RequestContexts.require().principal.subject));
    const [rated] = await run(this.sql, Q.rateQuality(vocId, value, staff?.id ?? null));
    await recordAudit(this.sql, {
      action: 'update',
      entity: 'voc_item_quality',
      entityId: vocId,
      after: { qualityScore: value, qualityRatedBy: rated.quality_rated_by },
    });
    return (await this.quality(vocId))!;
  }

  /** A case's quality rating, or null when the case is not rated (or not the caller's tenant's). */
  async quality(vocId: string): Promise<VocQualityRating | null> {
    const [row] = await run(this.sql, Q.qualityById(vocId));
    if (!row || row.quality_score === null) return null;
    return {
      vocId: row.id,
      qualityScore: row.quality_score,
      qualityRatedBy: row.quality_rated_by,
      qualityRatedByName: row.rated_by_name,
    };
  }
}
