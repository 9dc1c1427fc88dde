import { controlOrFormatCharacter, hasVisibleCharacter } from '@pcrm/tenancy';
import { ReplyChannel, VocKind } from '../petitions';

/** A field the resident must correct, in the order of the form (the error summary lists them so). */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * The kinds a resident files on the web, in the form's order. A statutory application (법정민원) needs its own
 * forms and documents and is not filed here; 기타 would only defer the choice to the officer.
 */
export const RESIDENT_KINDS = [
  VocKind.GRIEVANCE,
  VocKind.PROPOSAL,
  VocKind.INQUIRY,
  VocKind.COMPLAINT,
  VocKind.PRAISE,
] as const;
export type ResidentKind = (typeof RESIDENT_KINDS)[number];

/** A petition submitted on the resident page: source PETITION, channel WEB (the intake sets both). */
export interface ResidentSubmission {
  kind: ResidentKind;
  categoryCode: string;
  title: string;
  body: string;
  name: string;
  phone: string;
  email: string | null;
  replyChannel: ReplyChannel.SMS | ReplyChannel.EMAIL | ReplyChannel.NONE;
  /** The resident agreed to the collection of the personal data for the stated purpose. */
  consent: true;
  /**
   * The form's own id (one per rendered form, kept when the form comes back with problems): a second post of
   * the same form — a double click, a reload, a retry after a timeout — answers the first case.
   */
  submissionId: string | null;
}

/** The shape of a form id the page hands out (16 random bytes, base64url). */
export const RESIDENT_SUBMISSION_ID = /^[A-Za-z0-9_-]{22}$/;

export const RESIDENT_LIMITS = { title: 200, body: 4000, name: 100, email: 254 } as const;

/** What the consent covers, shown beside the checkbox and stored with the consent. */
export const RESIDENT_CONSENT_PURPOSE =
  '민원 처리와 처리 결과 안내, 만족도 조사를 위해 이름·휴대전화 번호·이메일을 수집하며, 민원 종결 후 관계 법령에 따른 보존 기간(10년)이 지나면 파기합니다.';

type Form = Record<string, string | undefined>;

function text(
  form: Form,
  field: string,
  label: string,
  max: number,
  problems: FieldProblem[],
  multiline = false,
): string {
  const raw = (form[field] ?? '').replace(/\r\n?/g, '\n');
  const checked = multiline ? raw.replace(/[\n\t]/g, ' ') : raw;
  if (controlOrFormatCharacter(checked)) {
    problems.push({
      field,
      message: `${label}에 쓸 수 없는 보이지 않는 문자가 있습니다. 지우고 다시 입력해 주세요.`,
    });
    return '';
  }
  const value = raw.normalize('NFC').trim();
  if (!value || !hasVisibleCharacter(value)) {
    problems.push({ field, message: `${label}을(를) 입력해 주세요.` });
    return '';
  }
  if (Array.from(value).length > max) {
    problems.push({ field, message: `${label}은(는) ${max}자 이하로 입력해 주세요.` });
    return '';
  }
  return value;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Checks a submitted form field by field; every problem is reported at once, in form order. */
export function checkResidentSubmission(
  form: Form,
  categoryCodes: ReadonlySet<string>,
): { submission: ResidentSubmission | null; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const kind = RESIDENT_KINDS.find((k) => k === form.kind);
  if (!kind) problems.push({ field: 'kind', message: '민원 종류를 골라 주세요.' });
  const categoryCode = form.category ?? '';
  if (!categoryCodes.has(categoryCode))
    problems.push({ field: 'category', message: '민원 분야를 골라 주세요.' });
  const title = text(form, 'title', '제목', RESIDENT_LIMITS.title, problems);
  const body = text(form, 'body', '내용', RESIDENT_LIMITS.body, problems, true);
  const name = text(form, 'name', '이름', RESIDENT_LIMITS.name, problems);
  const phone = (form.phone ?? '').replace(/[\s-]/g, '');
  if (!/^01[016789][0-9]{7,8}$/.test(phone))
    problems.push({ field: 'phone', message: '휴대전화 번호를 010-1234-5678 형식으로 입력해 주세요.' });
  const replyChannel = form.replyChannel ?? '';
  if (!['SMS', 'EMAIL', 'NONE'].includes(replyChannel))
    problems.push({ field: 'replyChannel', message: '처리 결과를 받을 방법을 골라 주세요.' });
  const emailRaw = (form.email ?? '').trim();
  let email: string | null = null;
  if (emailRaw) {
    if (
      emailRaw.length > RESIDENT_LIMITS.email ||
      !EMAIL.test(emailRaw) ||
      controlOrFormatCharacter(emailRaw)
    )
      problems.push({ field: 'email', message: '이메일 주소를 name@example.com 형식으로 입력해 주세요.' });
    else email = emailRaw;
  } else if (replyChannel === 'EMAIL') {
    problems.push({ field: 'email', message: '이메일로 결과를 받으려면 이메일 주소를 입력해 주세요.' });
  }
  if (form.consent !== 'yes')
    problems.push({ field: 'consent', message: '개인정보 수집·이용에 동의해야 민원을 신청할 수 있습니다.' });
  if (problems.length || !kind) return { submission: null, problems };
  return {
    submission: {
      kind,
      categoryCode,
      title,
      body,
      name,
      phone,
      email,
      replyChannel: replyChannel as ResidentSubmission['replyChannel'],
      consent: true,
      submissionId: RESIDENT_SUBMISSION_ID.test(form._submission ?? '') ? form._submission! : null,
    },
    problems,
  };
}
