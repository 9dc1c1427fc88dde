import { Inject, Injectable } from '@nestjs/common';
import { RequestContexts, TenantDatabase, recordAudit, run, type Sql } from '@pcrm/tenancy';
import type { PetitionEvent, PetitionEventListener } from '../petitions';
import { SurveyQueries as Q } from './survey.sql';
import { SurveyLinkError } from './survey-link-errors';
import {
  isSurveyTokenShape,
  newSurveyToken,
  surveyPath,
  surveyTokenHash,
  type IssuedSurveyLink,
  type SurveyLinkListener,
} from './survey-link';
import { surveyComment, surveyScore } from './survey-text';

/** voc_settings' defaults when a tenant has saved none. */
const DEFAULT_THRESHOLD = 3.0;
const DEFAULT_VALID_DAYS = 14;

export interface SurveyAnswerInput {
  speed: unknown;
  kindness: unknown;
  fairness: unknown;
  convenience: unknown;
  comment?: string | null;
}

/** What the survey page shows of a link before it is answered: nothing personal. */
export interface SurveyLinkState {
  receiptNo: string;
  expiresAt: Date;
}

/**
 * Single-use, expiring survey links: issued when a case enters the survey step, answered without a login.
 * Only the token's hash is stored; the token itself goes to the `SurveyLinkListener`s (the resident's message).
 */
@Injectable()
export class SurveyInvitations implements PetitionEventListener {
  private readonly listeners: SurveyLinkListener[] = [];

  constructor(@Inject(TenantDatabase) private readonly db: TenantDatabase) {}

  private get sql(): Sql {
    return this.db.request();
  }

  /** The notifications capability subscribes here (in its `onModuleInit`) to send `voc.survey`. */
  subscribe(listener: SurveyLinkListener): void {
    if (!this.listeners.includes(listener)) this.listeners.push(listener);
  }

  /** The resident page of a token (prefix it with the public URL). */
  linkFor(tenantId: string, token: string): string {
    return surveyPath(tenantId, token);
  }

  async onPetitionEvent(event: PetitionEvent): Promise<void> {
    if (event.type === 'survey-opened' || event.type === 'task-completed')
      await this.issue(event.vocId, event.receiptNo);
  }

  /** Issues a new link for a case in the current tenant; the caller's transaction carries it. */
  async issue(vocId: string, receiptNo: string): Promise<IssuedSurveyLink> {
    const { validDays } = await this.settings();
    const token = newSurveyToken();
    const [row] = await run(this.sql, Q.insertInvitation(vocId, surveyTokenHash(token), validDays));
    const tenantId = RequestContexts.require().principal.tenantId ?? '';
    const link: IssuedSurveyLink = {
      tenantId,
      vocId,
      receiptNo,
      token,
      path: surveyPath(tenantId, token),
      expiresAt: row.expires_at,
    };
    await recordAudit(this.sql, {
      action: 'create',
      entity: 'voc_survey_invitation',
      entityId: row.id,
      after: { vocId, expiresAt: row.expires_at.toISOString() },
    });
    for (const listener of this.listeners) await listener.onSurveyLinkIssued(link);
    return link;
  }

  /** The link as the survey page shows it, or the reason it cannot be answered. */
  async state(token: string): Promise<SurveyLinkState> {
    if (!isSurveyTokenShape(token)) throw new SurveyLinkError('SURVEY_LINK_UNKNOWN');
    const [row] = await run(this.sql, Q.invitationByHash(surveyTokenHash(token)));
    if (!row) throw new SurveyLinkError('SURVEY_LINK_UNKNOWN');
    if (row.used_at) throw new SurveyLinkError('SURVEY_LINK_USED');
    if (row.expired) throw new SurveyLinkError('SURVEY_LINK_EXPIRED');
    return { receiptNo: row.receipt_no, expiresAt: row.expires_at };
  }

  /**
   * Records the answer of a link once: the link is consumed by one conditional UPDATE (a concurrent second
   * answer waits for its row lock, then finds it used), the answer carries the case's department and officer,
   * and a mean under the tenant's threshold opens the manager's follow-up. Any refusal changes nothing.
   */
  async answer(token: string, input: SurveyAnswerInput): Promise<{ vocId: string; followup: boolean }> {
    const speed = surveyScore(input.speed, 'speed', '신속');
    const kindness = surveyScore(input.kindness, 'kindness', '친절');
    const fairness = surveyScore(input.fairness, 'fairness', '공정');
    const convenience = surveyScore(input.convenience, 'convenience', '편이');
    const comment = surveyComment(input.comment);
    if (!isSurveyTokenShape(token)) throw new SurveyLinkError('SURVEY_LINK_UNKNOWN');
    const hash = surveyTokenHash(token);
    const [consumed] = await run(this.sql, Q.consumeInvitation(hash));
    if (!consumed) {
      await this.state(token); // throws the reason
      throw new SurveyLinkError('SURVEY_LINK_USED');
    }
    const [voc] = await run(this.sql, Q.caseById(consumed.voc_id));
    const [inserted] = await run(
      this.sql,
      Q.insertAnswer({
        vocId: consumed.voc_id,
        departmentId: voc.department_id,
        officerId: voc.officer_id,
        speed,
        kindness,
        fairness,
        convenience,
        comment,
      }),
    );
    // Another link of the same case was answered first: one answer per case.
    if (!inserted) throw new SurveyLinkError('SURVEY_LINK_USED');
    const mean = (speed + kindness + fairness + convenience) / 4;
    const { threshold } = await this.settings();
    const followup = mean < threshold;
    if (followup) await run(this.sql, Q.openFollowup(consumed.voc_id, mean));
    await recordAudit(this.sql, {
      action: 'create',
      entity: 'voc_survey_response',
      entityId: consumed.voc_id,
      after: {
        speed,
        kindness,
        fairness,
        convenience,
        comment: comment === null ? null : '(서술형)',
        followup,
      },
    });
    return { vocId: consumed.voc_id, followup };
  }

  private async settings(): Promise<{ threshold: number; validDays: number }> {
    const [row] = await run(this.sql, Q.settings());
    return {
      threshold: row ? Number(row.survey_threshold) : DEFAULT_THRESHOLD,
      validDays: row?.survey_valid_days ?? DEFAULT_VALID_DAYS,
    };
  }
}
