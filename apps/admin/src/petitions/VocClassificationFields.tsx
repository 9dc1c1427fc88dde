import { useQuery } from '@apollo/client/react';
import { Checkbox, Form, Select, type FormInstance } from 'antd';
import { mayRun, useAuth } from '../auth';
import type { HandlingClass, VocKind } from '../graphql/generated/graphql';
import { useI18n } from '../i18n';
import { vocOptions } from './labels';
import { VOC_REFERENCE_QUERY } from './queries';

/** 질의's two statutory periods (민원처리법 시행령): procedure 7 days, legal interpretation 14. */
export const VOC_VARIANTS = ['PROCEDURE', 'LEGAL_INTERPRETATION'] as const;

/** A case's classification as the assignment dialog edits it. */
export interface ClassificationValues {
  reclassify?: boolean;
  kind?: VocKind;
  periodVariant?: string;
  handlingClass?: HandlingClass;
  categoryCode?: string;
}

export interface CurrentClassification {
  kind: VocKind;
  periodVariant: string;
  handlingClass: HandlingClass;
  categoryCode: string;
}

/**
 * 분류 변경 inside the 배정 / 재배정 dialog: off by default; when ticked, the case's kind, 질의 구분, handling
 * class and category, prefilled with what the case has. The API recounts the statutory due date from receipt.
 */
export function VocClassificationFields({
  form,
  current,
}: {
  form: FormInstance;
  current: CurrentClassification;
}) {
  const { t, lang } = useI18n();
  const { session } = useAuth();
  const on = Form.useWatch('reclassify', form) as boolean | undefined;
  const kind = Form.useWatch('kind', form) as VocKind | undefined;
  const reference = useQuery(VOC_REFERENCE_QUERY, {
    skip: !on || !mayRun(session?.roles ?? [], 'vocCategories'),
  });
  const categories = (reference.data?.vocCategories ?? []).filter(
    (c) => c.active || c.code === current.categoryCode,
  );
  const required = (key: 'voc.field.variant' | 'voc.field.category') => [
    { required: true, message: t('voc.required', { field: t(key) }) },
  ];
  return (
    <>
      <Form.Item name="reclassify" valuePropName="checked" extra={t('voc.actions.reclassify.hint')}>
        <Checkbox
          onChange={(e) => {
            if (e.target.checked)
              form.setFieldsValue({
                kind: current.kind,
                periodVariant: current.periodVariant || undefined,
                handlingClass: current.handlingClass,
                categoryCode: current.categoryCode,
              });
          }}
        >
          {t('voc.actions.reclassify')}
        </Checkbox>
      </Form.Item>
      {on && (
        <>
          <Form.Item name="kind" label={t('voc.field.kind')}>
            <Select options={vocOptions('kind', t)} />
          </Form.Item>
          {kind === 'INQUIRY' && (
            <Form.Item
              name="periodVariant"
              label={t('voc.field.variant')}
              rules={required('voc.field.variant')}
            >
              <Select options={VOC_VARIANTS.map((value) => ({ value, label: t(`voc.variant.${value}`) }))} />
            </Form.Item>
          )}
          <Form.Item name="handlingClass" label={t('voc.field.handlingClass')}>
            <Select options={vocOptions('handlingClass', t)} />
          </Form.Item>
          <Form.Item
            name="categoryCode"
            label={t('voc.field.category')}
            rules={required('voc.field.category')}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={reference.loading}
              options={categories.map((c) => ({ value: c.code, label: lang === 'en' ? c.nameEn : c.nameKo }))}
            />
          </Form.Item>
        </>
      )}
    </>
  );
}

/** What the transition input carries of the dialog's classification: only what differs from the case. */
export function classificationInput(v: ClassificationValues, current: CurrentClassification) {
  if (!v.reclassify) return {};
  const kind = v.kind ?? current.kind;
  return {
    kind: kind !== current.kind ? kind : null,
    periodVariant:
      kind === 'INQUIRY' && (v.periodVariant ?? '') !== current.periodVariant
        ? (v.periodVariant ?? null)
        : null,
    handlingClass: v.handlingClass && v.handlingClass !== current.handlingClass ? v.handlingClass : null,
    categoryCode: v.categoryCode && v.categoryCode !== current.categoryCode ? v.categoryCode : null,
  };
}
