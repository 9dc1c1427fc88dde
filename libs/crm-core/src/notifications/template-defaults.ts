import { NotificationChannel } from './notification.enums';

export interface TemplateText {
  /** E-mail only. */
  readonly subject: string | null;
  readonly body: string;
}

export interface TemplateDefinition {
  readonly key: string;
  readonly nameKo: string;
  readonly nameEn: string;
  /** The variables a caller must give, each a placeholder of the platform's text. */
  readonly variables: readonly string[];
  readonly texts: Readonly<Record<NotificationChannel, TemplateText>>;
}

const email = (subject: string, body: string): TemplateText => ({ subject, body });
const sms = (body: string): TemplateText => ({ subject: null, body });

/**
 * The platform's templates. Tenants override a key's text per channel (`notification_templates`); an
 * override may use only the key's variables, so every caller's variables fit every tenant's text.
 * The SMS texts stay within 90 EUC-KR bytes with realistic values where they can (a short message costs less).
 */
export const TEMPLATE_DEFINITIONS: readonly TemplateDefinition[] = [
  {
    key: 'voc.received',
    nameKo: '민원 접수',
    nameEn: 'Petition received',
    variables: ['receiptNumber', 'dueDate'],
    texts: {
      SMS: sms('[{{tenantName}}] 민원 {{receiptNumber}} 접수. 처리기한 {{dueDate}}'),
      EMAIL: email(
        '[{{tenantName}}] 민원이 접수되었습니다 ({{receiptNumber}})',
        '민원이 접수되었습니다.\n\n접수번호: {{receiptNumber}}\n처리기한: {{dueDate}}\n\n접수번호로 처리 상황을 확인하실 수 있습니다.\n{{tenantName}}',
      ),
    },
  },
  {
    key: 'voc.assigned',
    nameKo: '담당 부서 배정',
    nameEn: 'Petition assigned',
    variables: ['receiptNumber', 'departmentName'],
    texts: {
      SMS: sms('[{{tenantName}}] 민원 {{receiptNumber}} 담당: {{departmentName}}'),
      EMAIL: email(
        '[{{tenantName}}] 민원 담당 부서가 정해졌습니다 ({{receiptNumber}})',
        '접수번호 {{receiptNumber}} 민원을 {{departmentName}}에서 처리합니다.\n{{tenantName}}',
      ),
    },
  },
  {
    key: 'voc.delayed',
    nameKo: '처리 지연 안내',
    nameEn: 'Petition delayed',
    variables: ['receiptNumber', 'reason'],
    texts: {
      SMS: sms('[{{tenantName}}] 민원 {{receiptNumber}} 처리 지연: {{reason}}'),
      EMAIL: email(
        '[{{tenantName}}] 민원 처리가 늦어지고 있습니다 ({{receiptNumber}})',
        '접수번호 {{receiptNumber}} 민원의 처리가 늦어지고 있습니다.\n사유: {{reason}}\n{{tenantName}}',
      ),
    },
  },
  {
    key: 'voc.extended',
    nameKo: '처리기간 연장',
    nameEn: 'Deadline extended',
    variables: ['receiptNumber', 'dueDate', 'reason'],
    texts: {
      SMS: sms('[{{tenantName}}] 민원 {{receiptNumber}} 기한 {{dueDate}}로 연장'),
      EMAIL: email(
        '[{{tenantName}}] 민원 처리기간이 연장되었습니다 ({{receiptNumber}})',
        '접수번호 {{receiptNumber}} 민원의 처리기한이 {{dueDate}}(으)로 연장되었습니다.\n사유: {{reason}}\n{{tenantName}}',
      ),
    },
  },
  {
    key: 'voc.answered',
    nameKo: '처리 결과',
    nameEn: 'Petition answered',
    variables: ['receiptNumber', 'result'],
    texts: {
      SMS: sms('[{{tenantName}}] 민원 {{receiptNumber}} 처리결과: {{result}}'),
      EMAIL: email(
        '[{{tenantName}}] 민원 처리 결과를 알려 드립니다 ({{receiptNumber}})',
        '접수번호 {{receiptNumber}} 민원의 처리 결과입니다.\n\n{{result}}\n\n{{tenantName}}',
      ),
    },
  },
  {
    key: 'voc.taskcompleted',
    nameKo: '관련 과제 완료 안내',
    nameEn: 'Related task completed',
    variables: ['receiptNumber'],
    texts: {
      SMS: sms('[{{tenantName}}] 민원 {{receiptNumber}} 관련 개선 과제가 완료되었습니다.'),
      EMAIL: email(
        '[{{tenantName}}] 민원 관련 과제가 완료되었습니다 ({{receiptNumber}})',
        '접수번호 {{receiptNumber}} 민원과 관련해 추진한 개선 과제가 완료되었습니다.\n곧 보내 드리는 만족도 조사에 참여해 주세요.\n{{tenantName}}',
      ),
    },
  },
  {
    key: 'voc.progress30',
    nameKo: '30일 경과 진행 안내',
    nameEn: 'Progress after 30 days',
    variables: ['receiptNumber', 'status'],
    texts: {
      SMS: sms('[{{tenantName}}] 민원 {{receiptNumber}} 진행상황: {{status}}'),
      EMAIL: email(
        '[{{tenantName}}] 민원 진행 상황 안내 ({{receiptNumber}})',
        '접수하신 지 30일이 지난 민원 {{receiptNumber}}의 진행 상황입니다.\n현재 상태: {{status}}\n{{tenantName}}',
      ),
    },
  },
  {
    key: 'voc.survey',
    nameKo: '만족도 조사',
    nameEn: 'Satisfaction survey',
    variables: ['receiptNumber', 'surveyLink'],
    texts: {
      SMS: sms('[{{tenantName}}] 민원 만족도조사 {{surveyLink}}'),
      EMAIL: email(
        '[{{tenantName}}] 민원 처리에 만족하셨나요? ({{receiptNumber}})',
        '접수번호 {{receiptNumber}} 민원 처리에 대한 의견을 들려주세요.\n{{surveyLink}}\n\n이 링크는 한 번만 쓸 수 있습니다.\n{{tenantName}}',
      ),
    },
  },
  {
    key: 'task.followed',
    nameKo: '공개 과업 알림 신청',
    nameEn: 'Public task followed',
    variables: ['managementNumber', 'taskTitle', 'taskLink', 'unsubscribeLink'],
    texts: {
      SMS: sms('[{{tenantName}}] 과업 {{managementNumber}} 알림 신청 완료'),
      EMAIL: email(
        '[{{tenantName}}] 과업 진행 알림을 신청하셨습니다 ({{managementNumber}})',
        '과업 "{{taskTitle}}"({{managementNumber}})의 진행 상황이 바뀌면 이 주소로 알려 드립니다.\n과업 보기: {{taskLink}}\n\n알림을 그만 받으려면 다음 주소를 여세요. 주소는 곧바로 지워집니다.\n{{unsubscribeLink}}\n{{tenantName}}',
      ),
    },
  },
  {
    key: 'task.updated',
    nameKo: '공개 과업 진행 변경',
    nameEn: 'Public task updated',
    variables: ['managementNumber', 'taskTitle', 'status', 'progress', 'taskLink', 'unsubscribeLink'],
    texts: {
      SMS: sms('[{{tenantName}}] 과업 {{managementNumber}} {{status}} {{progress}}%'),
      EMAIL: email(
        '[{{tenantName}}] 과업 진행 상황이 바뀌었습니다 ({{managementNumber}})',
        '알림을 신청하신 과업 "{{taskTitle}}"({{managementNumber}})의 진행 상황이 바뀌었습니다.\n현재 상태: {{status}}, 진행률 {{progress}}%\n과업 보기: {{taskLink}}\n\n알림을 그만 받으려면 다음 주소를 여세요. 주소는 곧바로 지워집니다.\n{{unsubscribeLink}}\n{{tenantName}}',
      ),
    },
  },
];

/** Filled by the outbox itself (the tenant's Korean name), never by a caller. */
export const PLATFORM_VARIABLES = ['tenantName'] as const;

export function templateDefinition(key: string): TemplateDefinition | undefined {
  return TEMPLATE_DEFINITIONS.find((d) => d.key === key);
}
