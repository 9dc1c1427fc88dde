import express, { type NextFunction, type Request, type Response } from 'express';
import {
  AppError,
  ErrorCode,
  type AccessMode,
  type Principal,
  type TenantRegistry,
  type TenantScopes,
  type Tenant,
} from '@pcrm/tenancy';
import {
  PublicTasks,
  ResidentCases,
  ResidentIntake,
  SurveyInvitations,
  SurveyLinkError,
  checkResidentSubmission,
  PUBLIC_TASK_PAGE,
  type FieldProblem,
  type ResidentCaseView,
} from '@pcrm/crm-core';
import { page, type Html, type PageFrame } from './resident-html';
import { residentAssets, sendAsset } from './resident-assets';
import { taskListView, taskView, unfollowView, unfollowedView } from './task-views';
import {
  RESIDENT_CSP,
  ResidentRateLimiter,
  csrfToken,
  csrfValid,
  padTo,
  type ResidentAction,
} from './resident-guard';
import {
  SURVEY_ITEMS,
  appliedView,
  applyView,
  homeView,
  messageView,
  statusView,
  surveyFormView,
  surveyProblemView,
  surveyThanksView,
} from './resident-views';

/** The resident pages' path: `/r/<tenant code>/…`. */
export const RESIDENT_PATH = '/r';
/** Every 나의 민원보기 answer takes at least this long, found or not. */
const LOOKUP_FLOOR_MS = 300;

export interface ResidentServices {
  cases: ResidentCases;
  intake: ResidentIntake;
  surveys: SurveyInvitations;
  tasks: PublicTasks;
}

/** The scope a resident page runs in: the path's tenant, no roles, audited as the web resident. */
const residentPrincipal = (tenantId: string): Principal => ({
  realm: tenantId,
  tenantId,
  subject: 'resident',
  username: 'resident-web',
  name: '민원인(인터넷)',
  roles: [],
  clientId: null,
});

type Form = Record<string, string | undefined>;
const formOf = (req: Request): Form => {
  const out: Form = {};
  for (const [k, v] of Object.entries((req.body ?? {}) as Record<string, unknown>))
    if (typeof v === 'string') out[k] = v;
  return out;
};

/**
 * The pages residents use without a login (ADR 0018): server-rendered HTML with KRDS styles, one tenant per
 * path, rate-limited per address, CSRF-checked forms and a strict content security policy. Nest's services are
 * attached once the application has started.
 */
export function residentPages(options: {
  scopes: TenantScopes;
  registry: TenantRegistry;
  secureCookies: boolean;
  limiter?: ResidentRateLimiter;
}) {
  const assets = residentAssets();
  const limiter = options.limiter ?? new ResidentRateLimiter();
  let services: ResidentServices | null = null;
  const router = express.Router();
  const urlencoded = express.urlencoded({ extended: false, limit: '64kb', parameterLimit: 40 });

  const inScope = <T>(tenant: Tenant, access: AccessMode, work: (s: ResidentServices) => Promise<T>) => {
    const s = services;
    if (!s) throw new AppError(ErrorCode.ServiceUnavailable, '잠시 후 다시 시도해 주세요.', 'Starting up.');
    return options.scopes.run(residentPrincipal(tenant.code), access, () => work(s));
  };

  const send = (res: Response, status: number, frame: PageFrame, body: Html) => {
    res.status(status);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Security-Policy', RESIDENT_CSP);
    res.end(page(frame, body));
  };

  const bare = (res: Response, status: number, title: string, text: string) =>
    send(
      res,
      status,
      { tenantCode: '', tenantName: '지방자치단체', title, csrf: '' },
      messageView(title, text),
    );

  const tenantOf = (req: Request): Tenant | undefined => {
    const code = String(req.params.tenant ?? '');
    return /^[a-z][a-z0-9-]{0,39}$/.test(code) ? options.registry.get(code) : undefined;
  };

  const frame = (
    req: Request,
    res: Response,
    tenant: Tenant,
    title: string,
    current?: PageFrame['current'],
  ) => ({
    tenantCode: tenant.code,
    tenantName: tenant.nameKo,
    title,
    current,
    csrf: csrfToken(req, res, options.secureCookies),
  });

  const limited = (req: Request, res: Response, tenant: Tenant, action: ResidentAction): boolean => {
    const wait = limiter.take(req.ip ?? req.socket.remoteAddress ?? '', tenant.code, action);
    if (!wait) return false;
    res.setHeader('Retry-After', String(wait));
    const minutes = Math.max(1, Math.ceil(wait / 60));
    send(
      res,
      429,
      frame(req, res, tenant, '요청이 너무 많습니다'),
      messageView(
        '요청이 너무 많습니다',
        `짧은 시간에 요청이 너무 많아 잠시 이용을 멈췄습니다. 약 ${minutes}분 뒤에 다시 시도해 주세요.`,
      ),
    );
    return true;
  };

  /** A POST with a missing or foreign form token, or from another site: refused before anything runs. */
  const forged = (req: Request, res: Response, tenant: Tenant): boolean => {
    if (csrfValid(req)) return false;
    send(
      res,
      403,
      frame(req, res, tenant, '보안 확인 실패'),
      messageView(
        '다시 시도해 주세요',
        '보안 확인 정보가 없거나 만료되었습니다. 페이지를 새로 고친 뒤 다시 입력해 주세요.',
      ),
    );
    return true;
  };

  router.get(['/_krds/*rest', '/_assets/*rest'], (req, res, next) => {
    const file = assets.get(`${RESIDENT_PATH}${req.path}`);
    if (!file) return next();
    sendAsset(req, res, file);
  });

  router.use('/:tenant', (req, res, next) => {
    const tenant = tenantOf(req);
    if (!tenant && options.registry.deactivated(String(req.params.tenant ?? '')))
      return bare(
        res,
        503,
        '서비스가 중지되었습니다',
        '이 지방자치단체의 온라인 민원 서비스는 현재 사용이 중지되어 있습니다. 해당 기관에 전화로 문의해 주세요.',
      );
    if (!tenant) return bare(res, 404, '페이지를 찾을 수 없습니다', '주소를 다시 확인해 주세요.');
    res.locals.tenant = tenant;
    if (limited(req, res, tenant, 'page')) return;
    next();
  });

  const tenantIn = (res: Response): Tenant => res.locals.tenant as Tenant;
  const baseOf = (t: Tenant) => `${RESIDENT_PATH}/${t.code}`;

  router.get('/:tenant', (req, res) => {
    const t = tenantIn(res);
    send(res, 200, frame(req, res, t, '민원 서비스', 'home'), homeView(baseOf(t), t.nameKo));
  });

  // 나의 민원보기
  router.get('/:tenant/status', (req, res) => {
    const t = tenantIn(res);
    send(
      res,
      200,
      frame(req, res, t, '나의 민원보기', 'status'),
      statusView(baseOf(t), frame(req, res, t, '').csrf, {}, [], null),
    );
  });

  router.post('/:tenant/status', urlencoded, async (req, res, next) => {
    const started = Date.now();
    const t = tenantIn(res);
    try {
      if (forged(req, res, t) || limited(req, res, t, 'lookup')) return;
      const form = formOf(req);
      const receiptNo = ResidentCases.receiptNo(form.receiptNo);
      const last4 = ResidentCases.phoneLast4(form.phoneLast4);
      const problems: FieldProblem[] = [];
      if (!receiptNo)
        problems.push({
          field: 'receiptNo',
          message: '접수번호를 BUSAN-2026-000123 형식으로 입력해 주세요.',
        });
      if (!last4)
        problems.push({ field: 'phoneLast4', message: '휴대전화 번호 뒷자리 숫자 4자리를 입력해 주세요.' });
      let outcome: ResidentCaseView | 'not-found' | null = null;
      if (receiptNo && last4) {
        outcome = (await inScope(t, 'read-only', (s) => s.cases.ownCase(receiptNo, last4))) ?? 'not-found';
        await padTo(started, LOOKUP_FLOOR_MS);
      }
      const f = frame(req, res, t, '나의 민원보기', 'status');
      send(res, problems.length ? 400 : 200, f, statusView(baseOf(t), f.csrf, form, problems, outcome));
    } catch (error) {
      next(error);
    }
  });

  // 설문 응답
  const surveyAction = (t: Tenant, token: string) => `${baseOf(t)}/survey/${encodeURIComponent(token)}`;
  const linkProblemStatus = { SURVEY_LINK_UNKNOWN: 404, SURVEY_LINK_USED: 409, SURVEY_LINK_EXPIRED: 410 };

  router.get('/:tenant/survey/:token', async (req, res, next) => {
    const t = tenantIn(res);
    const token = String(req.params.token);
    try {
      const state = await inScope(t, 'read-only', (s) => s.surveys.state(token));
      const f = frame(req, res, t, '민원 만족도 조사', 'survey');
      send(
        res,
        200,
        f,
        surveyFormView(surveyAction(t, token), f.csrf, state.receiptNo, state.expiresAt, {}, []),
      );
    } catch (error) {
      if (error instanceof SurveyLinkError)
        return send(
          res,
          linkProblemStatus[error.problem],
          frame(req, res, t, '민원 만족도 조사', 'survey'),
          surveyProblemView(baseOf(t), error.problem),
        );
      next(error);
    }
  });

  router.post('/:tenant/survey/:token', urlencoded, async (req, res, next) => {
    const t = tenantIn(res);
    const token = String(req.params.token);
    const form = formOf(req);
    try {
      if (forged(req, res, t) || limited(req, res, t, 'survey')) return;
      const problems: FieldProblem[] = SURVEY_ITEMS.filter((i) => !/^[1-5]$/.test(form[i.name] ?? '')).map(
        (i) => ({
          field: i.name,
          message: `${i.legend.split(':')[0]} 항목의 점수를 골라 주세요.`,
        }),
      );
      if (!problems.length) {
        try {
          await inScope(t, 'read-write', (s) =>
            s.surveys.answer(token, {
              speed: form.speed,
              kindness: form.kindness,
              fairness: form.fairness,
              convenience: form.convenience,
              comment: form.comment,
            }),
          );
          return send(res, 200, frame(req, res, t, '민원 만족도 조사', 'survey'), surveyThanksView());
        } catch (error) {
          if (error instanceof SurveyLinkError || !(error instanceof AppError)) throw error;
          const ext = error.extensions as { code?: string; field?: string };
          if (ext.code !== ErrorCode.BadUserInput || !ext.field) throw error;
          problems.push({ field: ext.field, message: error.message });
        }
      }
      const state = await inScope(t, 'read-only', (s) => s.surveys.state(token));
      const f = frame(req, res, t, '민원 만족도 조사', 'survey');
      send(
        res,
        400,
        f,
        surveyFormView(surveyAction(t, token), f.csrf, state.receiptNo, state.expiresAt, form, problems),
      );
    } catch (error) {
      if (error instanceof SurveyLinkError)
        return send(
          res,
          linkProblemStatus[error.problem],
          frame(req, res, t, '민원 만족도 조사', 'survey'),
          surveyProblemView(baseOf(t), error.problem),
        );
      next(error);
    }
  });

  // 민원 신청
  router.get('/:tenant/apply', async (req, res, next) => {
    const t = tenantIn(res);
    try {
      const categories = await inScope(t, 'read-only', (s) => s.cases.categories());
      const f = frame(req, res, t, '민원 신청', 'apply');
      send(res, 200, f, applyView(baseOf(t), f.csrf, categories, {}, [], null));
    } catch (error) {
      next(error);
    }
  });

  router.post('/:tenant/apply', urlencoded, async (req, res, next) => {
    const t = tenantIn(res);
    const form = formOf(req);
    try {
      if (forged(req, res, t) || limited(req, res, t, 'apply')) return;
      const categories = await inScope(t, 'read-only', (s) => s.cases.categories());
      const { submission, problems } = checkResidentSubmission(form, new Set(categories.map((c) => c.code)));
      let failure: string | null = null;
      let status = 400;
      if (submission) {
        try {
          const { receiptNo } = await inScope(t, 'read-write', (s) => s.intake.submit(submission));
          return send(res, 200, frame(req, res, t, '민원 신청', 'apply'), appliedView(baseOf(t), receiptNo));
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          const ext = error.extensions as { code?: string; field?: string };
          if (ext.code === ErrorCode.BadUserInput && ext.field)
            problems.push({ field: ext.field, message: error.message });
          else {
            failure = error.message;
            status = ext.code === ErrorCode.ServiceUnavailable ? 503 : 400;
          }
        }
      }
      const f = frame(req, res, t, '민원 신청', 'apply');
      send(res, status, f, applyView(baseOf(t), f.csrf, categories, form, problems, failure));
    } catch (error) {
      next(error);
    }
  });

  // 공개 과업 (docs/adr/0029): only public tasks, only their public fields.
  const notFoundPage = (req: Request, res: Response, t: Tenant) =>
    send(
      res,
      404,
      frame(req, res, t, '페이지를 찾을 수 없습니다', 'tasks'),
      messageView('페이지를 찾을 수 없습니다', '주소를 다시 확인해 주세요.'),
    );
  const query = (req: Request, name: string): string | null => {
    const v = req.query[name];
    return typeof v === 'string' && v !== '' ? v : null;
  };
  const badListQuery = (error: unknown): error is AppError =>
    error instanceof AppError && (error.extensions as { code?: string }).code === ErrorCode.BadUserInput;

  router.get('/:tenant/tasks', async (req, res, next) => {
    const t = tenantIn(res);
    try {
      const status = query(req, 'status');
      const page = await inScope(t, 'read-only', (s) =>
        s.tasks.page(status, query(req, 'after'), PUBLIC_TASK_PAGE.default),
      );
      const nextHref = page.nextCursor
        ? `${baseOf(t)}/tasks?${new URLSearchParams({ ...(status ? { status } : {}), after: page.nextCursor })}`
        : null;
      send(
        res,
        200,
        frame(req, res, t, '공개 과업', 'tasks'),
        taskListView(baseOf(t), page.items, status, nextHref),
      );
    } catch (error) {
      if (badListQuery(error))
        return send(
          res,
          400,
          frame(req, res, t, '공개 과업', 'tasks'),
          messageView(
            '요청을 처리할 수 없습니다',
            '목록 주소가 올바르지 않습니다. 공개 과업 목록에서 다시 시작해 주세요.',
          ),
        );
      next(error);
    }
  });

  router.get('/:tenant/tasks/unfollow/:token', (req, res) => {
    const t = tenantIn(res);
    const f = frame(req, res, t, '과업 알림 해지', 'tasks');
    send(
      res,
      200,
      f,
      unfollowView(`${baseOf(t)}/tasks/unfollow/${encodeURIComponent(String(req.params.token))}`, f.csrf),
    );
  });

  router.post('/:tenant/tasks/unfollow/:token', urlencoded, async (req, res, next) => {
    const t = tenantIn(res);
    try {
      if (forged(req, res, t) || limited(req, res, t, 'lookup')) return;
      const done = await inScope(t, 'read-write', (s) => s.tasks.unfollow(String(req.params.token)));
      send(
        res,
        done ? 200 : 404,
        frame(req, res, t, '과업 알림 해지', 'tasks'),
        unfollowedView(baseOf(t), done),
      );
    } catch (error) {
      next(error);
    }
  });

  router.get('/:tenant/tasks/:key', async (req, res, next) => {
    const t = tenantIn(res);
    try {
      const task = await inScope(t, 'read-only', (s) => s.tasks.one(String(req.params.key)));
      if (!task) return notFoundPage(req, res, t);
      const f = frame(req, res, t, task.title, 'tasks');
      send(res, 200, f, taskView(baseOf(t), f.csrf, task, {}, [], req.query.followed === '1'));
    } catch (error) {
      next(error);
    }
  });

  router.post('/:tenant/tasks/:key/follow', urlencoded, async (req, res, next) => {
    const t = tenantIn(res);
    const key = String(req.params.key);
    const form = formOf(req);
    try {
      if (forged(req, res, t) || limited(req, res, t, 'follow')) return;
      const problems: FieldProblem[] = [];
      try {
        const outcome = await inScope(t, 'read-write', (s) =>
          s.tasks.follow(key, form.email ?? '', form.consent === 'yes'),
        );
        if (outcome === 'task-not-found') return notFoundPage(req, res, t);
        // Post/redirect/get: a reload does not post again.
        return res.redirect(303, `${baseOf(t)}/tasks/${encodeURIComponent(key)}?followed=1#follow-title`);
      } catch (error) {
        if (!badListQuery(error)) throw error;
        const field = (error.extensions as { field?: string }).field ?? 'email';
        problems.push({ field, message: error.message });
        // Both problems at once: the address checked first, then the consent.
        if (field === 'email' && form.consent !== 'yes')
          problems.push({ field: 'consent', message: '알림을 받으려면 개인정보 수집·이용에 동의해 주세요.' });
      }
      const task = await inScope(t, 'read-only', (s) => s.tasks.one(key));
      if (!task) return notFoundPage(req, res, t);
      const f = frame(req, res, t, task.title, 'tasks');
      send(res, 400, f, taskView(baseOf(t), f.csrf, task, form, problems, false));
    } catch (error) {
      next(error);
    }
  });

  // The same public view as JSON (docs/integrations/public-tasks.md): stable field names, cursor pages.
  const json = (res: Response, status: number, body: unknown, cacheSeconds = 0) => {
    res.status(status);
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', cacheSeconds ? `public, max-age=${cacheSeconds}` : 'no-store');
    res.end(JSON.stringify(body));
  };
  const jsonError = (
    res: Response,
    status: number,
    code: string,
    message: string,
    messageEn: string,
    field?: string,
  ) => json(res, status, { error: { code, message, messageEn, ...(field ? { field } : {}) } });

  router.get('/:tenant/api/tasks', async (req, res, next) => {
    const t = tenantIn(res);
    try {
      const first = Number(query(req, 'first') ?? PUBLIC_TASK_PAGE.default);
      const page = await inScope(t, 'read-only', (s) =>
        s.tasks.page(query(req, 'status'), query(req, 'after'), first),
      );
      json(res, 200, { items: page.items, nextCursor: page.nextCursor }, 60);
    } catch (error) {
      if (badListQuery(error))
        return jsonError(
          res,
          400,
          'BAD_USER_INPUT',
          error.message,
          String((error.extensions as { messageEn?: string }).messageEn ?? ''),
          (error.extensions as { field?: string }).field,
        );
      next(error);
    }
  });

  router.get('/:tenant/api/tasks/:key', async (req, res, next) => {
    const t = tenantIn(res);
    try {
      const task = await inScope(t, 'read-only', (s) => s.tasks.one(String(req.params.key)));
      if (!task)
        return jsonError(res, 404, 'NOT_FOUND', '공개 과업을 찾을 수 없습니다.', 'Public task not found.');
      json(res, 200, task, 60);
    } catch (error) {
      next(error);
    }
  });

  router.use((_req: Request, res: Response) =>
    bare(res, 404, '페이지를 찾을 수 없습니다', '주소를 다시 확인해 주세요.'),
  );

  // Express error handlers take four arguments.
  router.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const status = (error as { status?: number }).status;
    if (status === 413)
      return bare(res, 413, '입력한 내용이 너무 깁니다', '내용을 줄여서 다시 신청해 주세요.');
    if (status && status >= 400 && status < 500)
      return bare(res, 400, '요청을 처리할 수 없습니다', '페이지를 새로 고친 뒤 다시 시도해 주세요.');
    console.error('resident page failed:', error instanceof Error ? error.message : error);
    bare(
      res,
      500,
      '일시적인 오류입니다',
      '잠시 후 다시 시도해 주세요. 계속되면 민원실(국번 없이 120)로 연락해 주세요.',
    );
  });

  return {
    router,
    attach(s: ResidentServices): void {
      services = s;
    },
    stop(): void {
      limiter.stop();
    },
  };
}
