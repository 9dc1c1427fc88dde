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
import { SurveyQueries as Q, type SurveyScope } from './survey.sql';
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

/** What managers and officers see of the surveys: results, follow-ups, and the quality rating of complex cases. */
@Injectable()
export class SurveyReview {
  constructor(@Inject(TenantDatabase) private readonly db: TenantDatabase) {}

  private get sql(): Sql {
    return this.db.request();
  }

  async results(scope: SurveyScope, first: number, after?: string | null): Promise<VocSurveyResults> {
    const cursor = timeIdCursor(after);
    const avg = await runOne(this.sql, Q.averages(scope));
    const rows = await run(
      this.sql,
      Q.answerPage(scope, cursor && { atUs: cursor.atUs, vocId: cursor.id }, first + 1),
    );
    return {
      count: avg.n,
      speed: num(avg.speed),
      kindness: num(avg.kindness),
      fairness: num(avg.fairness),
      convenience: num(avg.convenience),
      overall: num(avg.overall),
      answers: toConnection(rows, first, avg.n, toAnswer, (r) => [r.at_us, r.voc_id]),
    };
  }

  async followups(status: SurveyFollowupStatus | null, first: number, after?: string | null) {
    const cursor = timeIdCursor(after);
    const rows = await run(this.sql, Q.followupPage(status, cursor, first + 1));
    const { n } = await runOne(this.sql, Q.followupCount(status));
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

  /** The supervisor's 1–5 quality rating of a complex (복합) case. */
  async rateQuality(vocId: string, score: number): Promise<VocQualityRating> {
    const value = surveyScore(score, 'score', '품질');
    const [voc] = await run(this.sql, Q.caseById(vocId));
    if (!voc) throw notFound('민원', 'Petition');
    if (voc.handling_class !== 'COMPLEX')
      throw badInput(
        'vocId',
        '처리 품질 평가는 복합 민원에만 할 수 있습니다.',
        'Only complex (COMPLEX) cases are rated for quality.',
      );
    const [staff] = await run(this.sql, Q.staffBySubject(RequestContexts.require().principal.subject));
    const [rated] = await run(this.sql, Q.rateQuality(vocId, value, staff?.id ?? null));
    await recordAudit(this.sql, {
      action: 'update',
      entity: 'voc_item_quality',
      entityId: vocId,
      after: { qualityScore: value, qualityRatedBy: rated.quality_rated_by },
    });
    return { vocId, qualityScore: rated.quality_score ?? value, qualityRatedBy: rated.quality_rated_by };
  }
}
