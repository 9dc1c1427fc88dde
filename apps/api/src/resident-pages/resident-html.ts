import { randomBytes } from 'node:crypto';
import { RESIDENT_SUBMISSION_ID, type FieldProblem } from '@pcrm/crm-core';

/** HTML-escapes text for element content and quoted attribute values. */
export function esc(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Trusted markup built by these helpers: the one way raw HTML enters a page. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** A template tag that escapes every interpolated value except `Html` (and arrays of them). */
export function markup(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0];
  values.forEach((v, i) => {
    const part = Array.isArray(v) ? v.map(piece).join('') : piece(v);
    out += part + strings[i + 1];
  });
  return new Html(out);
}

const piece = (v: unknown): string =>
  v instanceof Html ? v.value : v === null || v === undefined || v === false ? '' : esc(v);

export interface PageFrame {
  tenantCode: string;
  tenantName: string;
  title: string;
  csrf: string;
  /** The navigation entry of this page, marked `aria-current`. */
  current?: 'apply' | 'status' | 'survey' | 'home' | 'tasks';
}

const NAV: { key: PageFrame['current']; path: string; label: string }[] = [
  { key: 'apply', path: 'apply', label: '민원 신청' },
  { key: 'status', path: 'status', label: '나의 민원보기' },
  { key: 'tasks', path: 'tasks', label: '공개 과업' },
];

/** The page around a body: KRDS styles, skip link, header with the tenant, navigation, footer. */
export function page(frame: PageFrame, body: Html): string {
  const base = `/r/${encodeURIComponent(frame.tenantCode)}`;
  return `<!doctype html>${markup`<html lang="ko">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>${frame.title} | ${frame.tenantName} 민원</title>
      <link rel="stylesheet" href="/r/_krds/css/token/krds_tokens.css" />
      <link rel="stylesheet" href="/r/_krds/css/common/common.css" />
      <link rel="stylesheet" href="/r/_krds/css/component/component.css" />
      <link rel="stylesheet" href="/r/_assets/resident.css" />
      <script src="/r/_assets/resident.js" defer></script>
    </head>
    <body>
      <div id="krds-skip-link"><a href="#main">본문 바로가기</a></div>
      <header class="r-header">
        <div class="r-inner r-header-inner">
          <a class="r-brand" href="${base}/">${frame.tenantName} <span>민원 서비스</span></a>
          <nav aria-label="민원 서비스 메뉴">
            <ul class="r-nav">
              ${NAV.map(
                (n) =>
                  markup`<li>
                    <a
                      href="${base}/${n.path}"
                      ${new Html(n.key === frame.current ? ' aria-current="page"' : '')}
                      >${n.label}</a
                    >
                  </li>`,
              )}
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" tabindex="-1">
        <div class="r-inner">${body}</div>
      </main>
      <footer class="r-footer">
        <div class="r-inner">
          <p>${frame.tenantName} · 민원 상담 국번 없이 120</p>
          <p>이 누리집은 로그인 없이 이용하며, 입력하신 정보는 민원 처리에만 씁니다.</p>
        </div>
      </footer>
    </body>
  </html>`}`;
}

/** The error summary at the top of a form: focused on load, each problem links to its field. */
export function errorSummary(problems: readonly FieldProblem[]): Html {
  if (!problems.length) return markup``;
  return markup`<div
    class="r-error-summary"
    id="error-summary"
    role="alert"
    tabindex="-1"
    data-focus
    aria-labelledby="error-summary-title"
  >
    <h2 id="error-summary-title">입력 내용을 확인해 주세요 (${problems.length}건)</h2>
    <ul>
      ${problems.map((p) => markup`<li><a href="#${p.field}">${p.message}</a></li>`)}
    </ul>
  </div>`;
}

/** A notice box (information, success or a kind explanation of a problem), focused on load. */
export function notice(kind: 'info' | 'success' | 'warning', title: string, body: Html | string): Html {
  return markup`<section
    class="r-notice r-notice-${kind}"
    role="${kind === 'warning' ? 'alert' : 'status'}"
    tabindex="-1"
    data-focus
    aria-labelledby="notice-title"
  >
    <h2 id="notice-title">${title}</h2>
    <div class="r-notice-body">${body}</div>
  </section>`;
}

export const csrfField = (token: string): Html =>
  markup`<input type="hidden" name="_csrf" value="${token}" />`;

/** The id of this rendering of a form: a new one for a fresh form, the posted one when it comes back. */
export function submissionField(posted: string | undefined): Html {
  const id = posted && RESIDENT_SUBMISSION_ID.test(posted) ? posted : randomBytes(16).toString('base64url');
  return markup`<input type="hidden" name="_submission" value="${id}" />`;
}

export interface FieldOptions {
  id: string;
  label: string;
  value?: string;
  hint?: string;
  problem?: string;
  required?: boolean;
  type?: 'text' | 'tel' | 'email';
  autocomplete?: string;
  inputmode?: string;
  maxlength?: number;
  multiline?: boolean;
}

/** A KRDS form group: label, hint, control, and the field's error tied to it with `aria-describedby`. */
export function field(o: FieldOptions): Html {
  const described = [o.hint ? `${o.id}-hint` : '', o.problem ? `${o.id}-error` : '']
    .filter(Boolean)
    .join(' ');
  const attrs = new Html(
    [
      `id="${esc(o.id)}"`,
      `name="${esc(o.id)}"`,
      'class="krds-input"',
      o.required ? 'required aria-required="true"' : '',
      o.problem ? 'aria-invalid="true"' : '',
      described ? `aria-describedby="${esc(described)}"` : '',
      o.autocomplete ? `autocomplete="${esc(o.autocomplete)}"` : '',
      o.inputmode ? `inputmode="${esc(o.inputmode)}"` : '',
      o.maxlength ? `maxlength="${o.maxlength}"` : '',
    ]
      .filter(Boolean)
      .join(' '),
  );
  const control = o.multiline
    ? markup`<div class="textarea-wrap"><textarea ${attrs} rows="8">${o.value ?? ''}</textarea></div>`
    : markup`<input type="${o.type ?? 'text'}" ${attrs} value="${o.value ?? ''}" />`;
  return markup`<div class="form-group">
    <div class="form-tit">
      <label for="${o.id}"
        >${o.label}${o.required ? markup` <span class="r-required">(필수)</span>` : ''}</label
      >
    </div>
    ${o.hint ? markup`<p class="form-hint" id="${o.id}-hint">${o.hint}</p>` : ''}
    <div class="form-conts${o.problem ? ' is-error' : ''}">${control}</div>
    ${o.problem ? markup`<p class="form-hint-invalid" id="${o.id}-error">${o.problem}</p>` : ''}
  </div>`;
}

export interface ChoiceOptions {
  name: string;
  legend: string;
  choices: readonly { value: string; label: string }[];
  value?: string;
  hint?: string;
  problem?: string;
  inline?: boolean;
}

/** Radio buttons in a fieldset with its legend; the first radio carries the id the error summary links to. */
export function choice(o: ChoiceOptions): Html {
  const described = [o.hint ? `${o.name}-hint` : '', o.problem ? `${o.name}-error` : '']
    .filter(Boolean)
    .join(' ');
  return markup`<fieldset
    class="r-fieldset"
    ${new Html(described ? ` aria-describedby="${esc(described)}"` : '')}
  >
    <legend>${o.legend} <span class="r-required">(필수)</span></legend>
    ${o.hint ? markup`<p class="form-hint" id="${o.name}-hint">${o.hint}</p>` : ''}
    <div class="krds-check-area${o.inline ? ' r-inline' : ' chk-column'}">
      ${o.choices.map(
        (c, i) =>
          markup`<div class="krds-form-check">
            <input
              type="radio"
              name="${o.name}"
              id="${i === 0 ? o.name : `${o.name}-${c.value}`}"
              value="${c.value}"
              ${new Html(o.value === c.value ? ' checked' : '')}${new Html(i === 0 ? ' required' : '')}
            />
            <label for="${i === 0 ? o.name : `${o.name}-${c.value}`}">${c.label}</label>
          </div>`,
      )}
    </div>
    ${o.problem ? markup`<p class="form-hint-invalid" id="${o.name}-error">${o.problem}</p>` : ''}
  </fieldset>`;
}

export const problemFor = (problems: readonly FieldProblem[], f: string): string | undefined =>
  problems.find((p) => p.field === f)?.message;
