import {
  RESIDENT_CONSENT_PURPOSE,
  RESIDENT_LIMITS,
  SURVEY_COMMENT_MAX,
  VocKind,
  type FieldProblem,
  type ResidentKind,
  type ResidentCaseView,
  type SurveyLinkProblem,
} from '@pcrm/crm-core';
import {
  Html,
  choice,
  csrfField,
  errorSummary,
  field,
  markup,
  notice,
  problemFor,
  submissionField,
} from './resident-html';

const when = new Intl.DateTimeFormat('ko-KR', {
  timeZone: 'Asia/Seoul',
  dateStyle: 'long',
  timeStyle: 'short',
});
const fmt = (d: Date | null) => (d ? when.format(d) : '-');

export function homeView(base: string, tenantName: string): Html {
  return markup`<h1>${tenantName} 민원 서비스</h1>
    <p class="r-lead">로그인 없이 민원을 신청하고, 접수번호로 처리 상황을 확인할 수 있습니다.</p>
    <ul class="r-cards">
      <li>
        <a class="r-card" href="${base}/apply"
          ><strong>민원 신청</strong><span>불편 사항이나 건의를 인터넷으로 신청합니다.</span></a
        >
      </li>
      <li>
        <a class="r-card" href="${base}/status"
          ><strong>나의 민원보기</strong
          ><span>접수번호와 휴대전화 뒷자리 4자리로 처리 상황과 답변을 봅니다.</span></a
        >
      </li>
    </ul>`;
}

export interface StatusForm {
  receiptNo?: string;
  phoneLast4?: string;
}

export function statusView(
  base: string,
  csrf: string,
  form: StatusForm,
  problems: readonly FieldProblem[],
  outcome: ResidentCaseView | 'not-found' | null,
): Html {
  return markup`<h1>나의 민원보기</h1>
    <p class="r-lead">
      민원을 신청할 때 받은 접수번호와, 신청할 때 적은 휴대전화 번호의 뒷자리 4자리를 입력해 주세요.
    </p>
    ${errorSummary(problems)}
    ${outcome === 'not-found' ? notice('warning', '민원을 찾을 수 없습니다', '접수번호와 휴대전화 뒷자리를 다시 확인해 주세요. 여러 번 틀리면 잠시 동안 조회할 수 없습니다.') : ''}
    ${outcome && outcome !== 'not-found' ? caseView(outcome) : ''}
    <form method="post" action="${base}/status" novalidate class="r-form">
      ${csrfField(csrf)}
      ${field({ id: 'receiptNo', label: '접수번호', value: form.receiptNo, hint: '예: BUSAN-2026-000123', problem: problemFor(problems, 'receiptNo'), required: true, autocomplete: 'off', maxlength: 40 })}
      ${field({ id: 'phoneLast4', label: '휴대전화 번호 뒷자리 4자리', value: form.phoneLast4, hint: '숫자 4자리', problem: problemFor(problems, 'phoneLast4'), required: true, type: 'text', inputmode: 'numeric', autocomplete: 'off', maxlength: 4 })}
      <div class="r-actions"><button type="submit" class="krds-btn primary large">조회</button></div>
    </form>`;
}

function caseView(c: ResidentCaseView): Html {
  return markup`<section class="r-case" aria-labelledby="case-title" tabindex="-1" data-focus>
    <h2 id="case-title">접수번호 ${c.receiptNo}</h2>
    <dl class="r-facts">
      <div>
        <dt>처리 상태</dt>
        <dd>${c.statusKo}</dd>
      </div>
      <div>
        <dt>접수일시</dt>
        <dd>${fmt(c.receivedAt)}</dd>
      </div>
      <div>
        <dt>처리기한</dt>
        <dd>${fmt(c.dueAt)}</dd>
      </div>
      <div>
        <dt>처리 부서</dt>
        <dd>${c.departmentName ?? '배정 전'}</dd>
      </div>
      <div>
        <dt>답변일시</dt>
        <dd>${fmt(c.answeredAt)}</dd>
      </div>
      <div>
        <dt>종결일시</dt>
        <dd>${fmt(c.closedAt)}</dd>
      </div>
    </dl>
    <h3>답변</h3>
    ${c.answer ? markup`<div class="r-answer">${c.answer}</div>` : markup`<p>아직 답변이 없습니다. 답변이 등록되면 알려 드립니다.</p>`}
  </section>`;
}

const SCORE_CHOICES = [
  { value: '5', label: '5 매우 만족' },
  { value: '4', label: '4 만족' },
  { value: '3', label: '3 보통' },
  { value: '2', label: '2 불만족' },
  { value: '1', label: '1 매우 불만족' },
];

export const SURVEY_ITEMS = [
  { name: 'speed', legend: '신속: 민원이 빠르게 처리되었습니까?' },
  { name: 'kindness', legend: '친절: 담당자가 친절하게 응대하였습니까?' },
  { name: 'fairness', legend: '공정: 민원이 공정하게 처리되었습니까?' },
  { name: 'convenience', legend: '편이: 신청과 처리 과정이 편리하였습니까?' },
] as const;

export function surveyFormView(
  action: string,
  csrf: string,
  receiptNo: string,
  expiresAt: Date,
  form: Record<string, string | undefined>,
  problems: readonly FieldProblem[],
): Html {
  return markup`<h1>민원 만족도 조사</h1>
    <p class="r-lead">
      접수번호 ${receiptNo} 민원의 처리에 대해 의견을 들려주세요. ${fmt(expiresAt)}까지 한 번만 응답할 수
      있습니다.
    </p>
    ${errorSummary(problems)}
    <form method="post" action="${action}" novalidate class="r-form">
      ${csrfField(csrf)}
      ${SURVEY_ITEMS.map((item) =>
        choice({
          name: item.name,
          legend: item.legend,
          choices: SCORE_CHOICES,
          value: form[item.name],
          problem: problemFor(problems, item.name),
          inline: true,
        }),
      )}
      ${field({ id: 'comment', label: '하고 싶은 말씀 (선택)', value: form.comment, hint: `${SURVEY_COMMENT_MAX}자 이내. 이름, 전화번호 같은 개인정보는 적지 말아 주세요.`, problem: problemFor(problems, 'comment'), multiline: true, maxlength: SURVEY_COMMENT_MAX })}
      <div class="r-actions"><button type="submit" class="krds-btn primary large">응답 제출</button></div>
    </form>`;
}

export function surveyThanksView(): Html {
  return markup`<h1>민원 만족도 조사</h1>
    ${notice('success', '응답해 주셔서 감사합니다', '주신 의견은 민원 서비스를 나아지게 하는 데 쓰겠습니다.')}`;
}

const LINK_PROBLEM: Record<SurveyLinkProblem, [string, string]> = {
  SURVEY_LINK_UNKNOWN: [
    '조사 주소를 확인할 수 없습니다',
    '받으신 문자나 이메일에 있는 주소 전체를 다시 열어 주세요. 주소 일부가 잘리면 열리지 않습니다.',
  ],
  SURVEY_LINK_USED: [
    '이미 응답하신 조사입니다',
    '이 조사에는 이미 응답하셨습니다. 참여해 주셔서 감사합니다.',
  ],
  SURVEY_LINK_EXPIRED: [
    '응답 기간이 지났습니다',
    '이 조사의 응답 기간이 끝났습니다. 더 하실 말씀이 있으시면 민원 신청으로 알려 주세요.',
  ],
};

export function surveyProblemView(base: string, problem: SurveyLinkProblem): Html {
  const [title, text] = LINK_PROBLEM[problem];
  return markup`<h1>민원 만족도 조사</h1>
    ${notice(
      'warning',
      title,
      markup`<p>${text}</p>
        <p><a href="${base}/apply">민원 신청으로 가기</a></p>`,
    )}`;
}

/** The kinds a resident may file, with what each means in plain words. */
export const KIND_CHOICES: readonly { value: ResidentKind; label: string }[] = [
  { value: VocKind.GRIEVANCE, label: '고충 (불편한 점을 해결해 주세요)' },
  { value: VocKind.PROPOSAL, label: '건의 (이렇게 바꾸면 좋겠습니다)' },
  { value: VocKind.INQUIRY, label: '질의 (절차나 제도가 궁금합니다)' },
  { value: VocKind.COMPLAINT, label: '불만 (처리나 응대가 불만족스럽습니다)' },
  { value: VocKind.PRAISE, label: '칭찬 (고마운 공무원이나 일이 있습니다)' },
];

export const REPLY_CHOICES = [
  { value: 'SMS', label: '문자 메시지' },
  { value: 'EMAIL', label: '이메일' },
  { value: 'NONE', label: '받지 않음 (나의 민원보기에서 확인)' },
];

export function applyView(
  base: string,
  csrf: string,
  categories: readonly { code: string; nameKo: string }[],
  form: Record<string, string | undefined>,
  problems: readonly FieldProblem[],
  failure: string | null,
): Html {
  const categoryProblem = problemFor(problems, 'category');
  return markup`<h1>민원 신청</h1>
    <p class="r-lead">
      불편 사항이나 건의를 적어 주시면 담당 부서가 법정 처리기한 안에 답변합니다. 표시된 항목은 꼭 입력해
      주세요.
    </p>
    ${errorSummary(problems)} ${failure ? notice('warning', '신청하지 못했습니다', failure) : ''}
    <form method="post" action="${base}/apply" novalidate class="r-form">
      ${csrfField(csrf)} ${submissionField(form._submission)}
      ${choice({ name: 'kind', legend: '민원 종류', choices: KIND_CHOICES, value: form.kind ?? VocKind.GRIEVANCE, problem: problemFor(problems, 'kind') })}
      <div class="form-group">
        <div class="form-tit">
          <label for="category">민원 분야 <span class="r-required">(필수)</span></label>
        </div>
        <div class="form-conts${categoryProblem ? ' is-error' : ''}">
          <select
            id="category"
            name="category"
            class="krds-form-select"
            required
            aria-required="true"
            ${new Html(categoryProblem ? ' aria-invalid="true" aria-describedby="category-error"' : '')}
          >
            <option value="">분야를 고르세요</option>
            ${categories.map((c) => markup`<option value="${c.code}" ${new Html(form.category === c.code ? ' selected' : '')}>${c.nameKo}</option>`)}
          </select>
        </div>
        ${categoryProblem ? markup`<p class="form-hint-invalid" id="category-error">${categoryProblem}</p>` : ''}
      </div>
      ${field({ id: 'title', label: '제목', value: form.title, problem: problemFor(problems, 'title'), required: true, maxlength: RESIDENT_LIMITS.title })}
      ${field({ id: 'body', label: '내용', value: form.body, hint: `${RESIDENT_LIMITS.body}자 이내. 언제, 어디서, 무엇이 불편한지 적어 주시면 빨리 처리할 수 있습니다.`, problem: problemFor(problems, 'body'), required: true, multiline: true, maxlength: RESIDENT_LIMITS.body })}
      ${field({ id: 'name', label: '이름', value: form.name, problem: problemFor(problems, 'name'), required: true, autocomplete: 'name', maxlength: RESIDENT_LIMITS.name })}
      ${field({ id: 'phone', label: '휴대전화 번호', value: form.phone, hint: '예: 010-1234-5678. 나의 민원보기에서 뒷자리 4자리로 확인합니다.', problem: problemFor(problems, 'phone'), required: true, type: 'tel', autocomplete: 'tel', inputmode: 'tel', maxlength: 13 })}
      ${field({ id: 'email', label: '이메일 (선택)', value: form.email, hint: '이메일로 결과를 받으려면 입력해 주세요.', problem: problemFor(problems, 'email'), type: 'email', autocomplete: 'email', maxlength: RESIDENT_LIMITS.email })}
      ${choice({ name: 'replyChannel', legend: '처리 결과 받을 방법', choices: REPLY_CHOICES, value: form.replyChannel, problem: problemFor(problems, 'replyChannel') })}
      <fieldset class="r-fieldset r-consent">
        <legend>개인정보 수집·이용 동의 <span class="r-required">(필수)</span></legend>
        <p id="consent-purpose" class="form-hint">
          ${RESIDENT_CONSENT_PURPOSE} 동의하지 않을 수 있으나, 그러면 인터넷으로 민원을 신청할 수 없습니다.
        </p>
        <div class="krds-check-area">
          <div class="krds-form-check">
            <input
              type="checkbox"
              id="consent"
              name="consent"
              value="yes"
              required
              aria-describedby="consent-purpose${problemFor(problems, 'consent') ? ' consent-error' : ''}"
              ${new Html(form.consent === 'yes' ? ' checked' : '')}
            />
            <label for="consent">위 목적으로 개인정보를 수집·이용하는 데 동의합니다.</label>
          </div>
        </div>
        ${problemFor(problems, 'consent') ? markup`<p class="form-hint-invalid" id="consent-error">${problemFor(problems, 'consent')}</p>` : ''}
      </fieldset>
      <div class="r-actions"><button type="submit" class="krds-btn primary large">신청</button></div>
    </form>`;
}

export function appliedView(base: string, receiptNo: string): Html {
  return markup`<h1>민원 신청</h1>
    ${notice('success', '민원이 접수되었습니다', markup`<p>접수번호는 <strong>${receiptNo}</strong> 입니다. 이 번호와 휴대전화 뒷자리 4자리로 <a href="${base}/status">나의 민원보기</a>에서 처리 상황을 확인할 수 있습니다.</p>`)}`;
}

export function messageView(title: string, text: string): Html {
  return markup`<h1>${title}</h1>
    ${notice('warning', title, text)}`;
}
