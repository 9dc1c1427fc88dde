import {
  CustomFieldType,
  standardTerms,
  type CustomFieldOptionData,
  type StandardTerm,
  type VocSettingsValues,
} from '@pcrm/customization';
import {
  PeriodUnit,
  STANDARD_PETITION_WORKFLOW,
  STANDARD_VOC_CATEGORIES,
  STANDARD_VOC_PERIODS,
  VocKind,
  type StandardVocCategory,
  type StandardVocPeriod,
  type WorkflowDefinition,
} from '../petitions';

/** A custom field the standard itself defines on a customizable entity (tenants see it as any other field). */
export interface StandardFieldDefinition {
  entity: string;
  key: string;
  labelKo: string;
  labelEn: string;
  type: CustomFieldType;
  required: boolean;
  options: readonly CustomFieldOptionData[];
  helpKo: string | null;
  helpEn: string | null;
  personalData: boolean;
}

/** One release of the platform's standard model (docs/adr/0026): what a tenant running it starts from. */
export interface StandardModelVersion {
  version: number;
  titleKo: string;
  titleEn: string;
  summaryKo: string;
  summaryEn: string;
  workflow: WorkflowDefinition;
  categories: readonly StandardVocCategory[];
  periods: readonly StandardVocPeriod[];
  settings: VocSettingsValues;
  fields: readonly StandardFieldDefinition[];
  /** The standard words of the fixed term catalogue (its `TERM_REVISIONS` per edition; docs/adr/0025). */
  terms: readonly StandardTerm[];
}

/** Version 1: the standard every tenant has run since the start (the reference data of the first release). */
const V1: StandardModelVersion = {
  version: 1,
  titleKo: '표준 모델 1판',
  titleEn: 'Standard model, edition 1',
  summaryKo: '부산 모델의 표준 민원 처리 흐름, 분류와 법정 처리기간, 기준 정보 기본값, 표준 용어.',
  summaryEn:
    'The Busan model petition workflow, categories and statutory periods, reference defaults, standard terms.',
  workflow: STANDARD_PETITION_WORKFLOW,
  categories: STANDARD_VOC_CATEGORIES,
  periods: STANDARD_VOC_PERIODS,
  settings: { targetShare: 0.5, surveyThreshold: 3, surveyValidDays: 14, progressNoticeDays: 30 },
  fields: [],
  terms: standardTerms(1),
};

/**
 * Version 2, the first revision of the Busan model: residents' preferred contact channel and the repeated-
 * petition flag (민원 처리에 관한 법률 제23조) become standard fields, companion-animal petitions get their own
 * category and statutory period, parking covers personal mobility devices, the institutional period for
 * complaints shortens to 5 days, surveys are answered within 7 days and progress notices go out every 14;
 * two standard words are plainer (채널 → 접수 경로, the backlog menu names overdue petitions).
 * The workflow is unchanged (no new version of it is published by the upgrade).
 */
const V2: StandardModelVersion = {
  version: 2,
  titleKo: '표준 모델 2판',
  titleEn: 'Standard model, edition 2',
  summaryKo:
    '표준 항목(선호 연락 방법, 반복 민원 여부), 반려동물 분류·처리기간, 주정차 분류 확대, 불만 처리기간 5일, 만족도 조사 7일·중간 통지 14일, 쉬운 표준 용어(접수 경로, 처리기한 경과·미처리 민원).',
  summaryEn:
    'Standard fields (preferred contact, repeated petition), companion-animal category and period, parking widened, complaints in 5 days, surveys 7 days, progress notices every 14 days, plainer standard terms (intake channel, overdue and open petitions).',
  workflow: STANDARD_PETITION_WORKFLOW,
  categories: [
    ...STANDARD_VOC_CATEGORIES.map((c) =>
      c.code === 'PARKING' ? { ...c, keywords: [...c.keywords, '전동킥보드', '개인형이동장치'] } : c,
    ),
    {
      code: 'ANIMAL',
      nameKo: '반려동물',
      nameEn: 'Companion animals',
      keywords: ['반려동물', '유기견', '길고양이', '동물등록'],
    },
  ],
  periods: [
    ...STANDARD_VOC_PERIODS.map((p) => (p.kind === VocKind.COMPLAINT ? { ...p, value: 5 } : p)),
    {
      kind: VocKind.STATUTORY,
      categoryCode: 'ANIMAL',
      variant: '',
      value: 3,
      unit: PeriodUnit.DAYS,
      labelKo: '동물등록 신고',
      basis: '민원처리기준표',
    },
  ],
  settings: { targetShare: 0.5, surveyThreshold: 3, surveyValidDays: 7, progressNoticeDays: 14 },
  fields: [
    {
      entity: 'crm-core.customers',
      key: 'preferred_contact',
      labelKo: '선호 연락 방법',
      labelEn: 'Preferred contact',
      type: CustomFieldType.SELECT,
      required: false,
      options: [
        { value: 'phone', labelKo: '전화', labelEn: 'Phone' },
        { value: 'sms', labelKo: '문자', labelEn: 'Text message' },
        { value: 'email', labelKo: '이메일', labelEn: 'E-mail' },
        { value: 'post', labelKo: '우편', labelEn: 'Post' },
      ],
      helpKo: '처리 결과와 중간 통지를 받을 방법',
      helpEn: 'How the resident wants answers and progress notices',
      personalData: false,
    },
    {
      entity: 'crm-core.petition',
      key: 'repeat_petition',
      labelKo: '반복 민원 여부',
      labelEn: 'Repeated petition',
      type: CustomFieldType.BOOLEAN,
      required: false,
      options: [],
      helpKo: '같은 내용으로 3회 이상 접수된 민원 (민원 처리에 관한 법률 제23조)',
      helpEn: 'Filed three or more times with the same content (Civil Petitions Act art. 23)',
      personalData: false,
    },
  ],
  terms: standardTerms(2),
};

/** The platform's catalogue of standard versions, oldest first; a version only adds to or changes the previous. */
export const STANDARD_MODEL_VERSIONS: readonly StandardModelVersion[] = [V1, V2];

export const LATEST_STANDARD_VERSION = STANDARD_MODEL_VERSIONS[STANDARD_MODEL_VERSIONS.length - 1].version;

export const standardModelVersion = (version: number): StandardModelVersion | undefined =>
  STANDARD_MODEL_VERSIONS.find((v) => v.version === version);
