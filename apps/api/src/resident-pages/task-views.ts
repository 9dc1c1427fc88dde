import { PublicTasks, type FieldProblem, type PublicTaskView } from '@pcrm/crm-core';
import { Html, csrfField, errorSummary, field, markup, notice, problemFor } from './resident-html';

const when = new Intl.DateTimeFormat('ko-KR', {
  timeZone: 'Asia/Seoul',
  dateStyle: 'long',
  timeStyle: 'short',
});
const fmt = (d: Date | null) => (d ? when.format(d) : '-');
const pct = (n: number) => `${Number.isInteger(n) ? n : n.toFixed(1)}%`;

/** An accessible progress bar: the native element with its value in text beside it. */
function progressBar(id: string, label: string, value: number): Html {
  return markup`<div class="r-progress">
    <label for="${id}">${label}</label>
    <progress id="${id}" max="100" value="${value}">${pct(value)}</progress>
    <span class="r-progress-value">${pct(value)}</span>
  </div>`;
}

export function taskListView(
  base: string,
  tasks: readonly PublicTaskView[],
  status: string | null,
  nextHref: string | null,
): Html {
  const statuses = PublicTasks.statuses();
  return markup`<h1>공개 과업</h1>
    <p class="r-lead">주민 여러분이 여러 번 요청하신 일을 과업으로 정해 끝까지 해결합니다. 진행 상황을 공개합니다.</p>
    <form method="get" action="${base}/tasks" class="r-filter">
      <div class="form-group">
        <div class="form-tit"><label for="status">진행 상태</label></div>
        <div class="form-conts">
          <select id="status" name="status" class="krds-form-select">
            <option value="">전체</option>
            ${statuses.map((s) => markup`<option value="${s.code}"${new Html(s.code === status ? ' selected' : '')}>${s.nameKo}</option>`)}
          </select>
        </div>
      </div>
      <button type="submit" class="krds-btn secondary medium">보기</button>
    </form>
    ${
      tasks.length
        ? markup`<ul class="r-task-list">
            ${tasks.map(
              (t) => markup`<li class="r-task-item">
                <h2><a href="${base}/tasks/${encodeURIComponent(t.managementNo)}">${t.title}</a></h2>
                <p class="r-task-meta">${t.managementNo} · ${t.statusKo} · 최종 변경 ${fmt(t.updatedAt)}</p>
                ${progressBar(`progress-${t.id}`, '진행률', t.progress)}
              </li>`,
            )}
          </ul>`
        : markup`<p>조건에 맞는 공개 과업이 없습니다.</p>`
    }
    ${nextHref ? markup`<nav aria-label="페이지"><a class="krds-btn tertiary medium" href="${nextHref}">다음 목록</a></nav>` : ''}`;
}

export interface FollowForm {
  email?: string;
  consent?: string;
}

export function taskView(
  base: string,
  csrf: string,
  t: PublicTaskView,
  form: FollowForm,
  problems: readonly FieldProblem[],
  followed: boolean,
): Html {
  return markup`<p><a href="${base}/tasks">공개 과업 목록</a></p>
    <h1>${t.title}</h1>
    <dl class="r-facts">
      <div><dt>관리번호</dt><dd>${t.managementNo}</dd></div>
      <div><dt>진행 상태</dt><dd>${t.statusKo}</dd></div>
      <div><dt>최종 변경</dt><dd>${fmt(t.updatedAt)}</dd></div>
      ${t.compliance === null ? '' : markup`<div><dt>처리기간 준수도</dt><dd>${pct(t.compliance)}</dd></div>`}
    </dl>
    ${progressBar('task-progress', '과업 진행률', t.progress)}
    ${t.summary ? markup`<h2>과업 요약</h2><p class="r-answer">${t.summary}</p>` : ''}
    <h2>추진 계획</h2>
    ${
      t.steps.length
        ? markup`<div class="r-table-wrap" tabindex="0" role="region" aria-label="추진 계획 표">
            <table class="r-table">
              <caption>단계별 가중치, 계획·실제 처리기간, 진행률</caption>
              <thead><tr><th scope="col">순위</th><th scope="col">단계</th><th scope="col">가중치</th><th scope="col">계획 기간</th><th scope="col">실제 기간</th><th scope="col">진행률</th><th scope="col">상태</th></tr></thead>
              <tbody>
                ${t.steps.map(
                  (s) => markup`<tr>
                    <td>${s.position}</td>
                    <th scope="row">${s.name}${s.note ? markup`<span class="r-step-note">${s.note}</span>` : ''}</th>
                    <td>${s.weight}%</td>
                    <td>${s.plannedDays}일</td>
                    <td>${s.actualDays === null ? '-' : `${s.actualDays}일`}</td>
                    <td>${s.progress}%</td>
                    <td>${s.statusKo}${s.overdue ? ' (기간 초과)' : ''}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : markup`<p>아직 추진 계획이 없습니다.</p>`
    }
    ${t.result ? markup`<h2>추진 결과</h2><p class="r-answer">${t.result}</p>` : ''}
    ${t.impossibleReason ? markup`<h2>처리할 수 없는 사유</h2><p class="r-answer">${t.impossibleReason}</p>` : ''}
    <section aria-labelledby="follow-title" class="r-follow">
      <h2 id="follow-title">진행 상황 알림 받기</h2>
      ${followed ? notice('success', '알림을 신청했습니다', '진행 상황이 바뀌면 입력하신 전자우편으로 알려 드립니다. 처음 신청하셨다면 확인 메일이 갑니다. 메일마다 있는 해지 주소로 언제든 그만 받을 수 있습니다.') : ''}
      ${errorSummary(problems)}
      <form method="post" action="${base}/tasks/${encodeURIComponent(t.managementNo)}/follow" novalidate class="r-form">
        ${csrfField(csrf)}
        ${field({ id: 'email', label: '전자우편 주소', value: form.email, hint: '예: name@example.com', problem: problemFor(problems, 'email'), required: true, type: 'email', autocomplete: 'email', maxlength: 254 })}
        <fieldset class="r-fieldset r-consent">
          <legend>개인정보 수집·이용 동의 <span class="r-required">(필수)</span></legend>
          <p id="consent-purpose" class="form-hint">
            이 과업의 진행 상태가 바뀔 때 알림 메일을 보내기 위해 전자우편 주소만 받습니다. 메일마다 있는 해지 주소를
            열면 알림이 멈추고 주소는 바로 지워집니다.
          </p>
          <div class="krds-check-area">
            <div class="krds-form-check">
              <input type="checkbox" id="consent" name="consent" value="yes" required aria-describedby="consent-purpose${problemFor(problems, 'consent') ? ' consent-error' : ''}"${new Html(form.consent === 'yes' ? ' checked' : '')} />
              <label for="consent">위 목적으로 전자우편 주소를 수집·이용하는 데 동의합니다.</label>
            </div>
          </div>
          ${problemFor(problems, 'consent') ? markup`<p class="form-hint-invalid" id="consent-error">${problemFor(problems, 'consent')}</p>` : ''}
        </fieldset>
        <div class="r-actions"><button type="submit" class="krds-btn primary large">알림 신청</button></div>
      </form>
    </section>`;
}

export function unfollowView(action: string, csrf: string): Html {
  return markup`<h1>과업 알림 해지</h1>
    <p class="r-lead">아래 단추를 누르면 이 과업의 알림이 멈추고 전자우편 주소가 지워집니다.</p>
    <form method="post" action="${action}" class="r-form">
      ${csrfField(csrf)}
      <div class="r-actions"><button type="submit" class="krds-btn primary large">알림 해지</button></div>
    </form>`;
}

export function unfollowedView(base: string, done: boolean): Html {
  return markup`<h1>과업 알림 해지</h1>
    ${
      done
        ? notice(
            'success',
            '알림을 해지했습니다',
            markup`<p>더 이상 알림을 보내지 않으며 전자우편 주소를 지웠습니다. <a href="${base}/tasks">공개 과업 목록</a></p>`,
          )
        : notice(
            'warning',
            '이미 해지되었거나 주소가 올바르지 않습니다',
            '이미 해지한 알림이면 더 할 일이 없습니다. 주소를 메일에서 그대로 복사했는지 확인해 주세요.',
          )
    }`;
}
