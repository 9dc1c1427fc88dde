import { useMutation } from '@apollo/client/react';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Drawer, Form, Input, InputNumber, Select, Space, Switch } from 'antd';
import { useState } from 'react';
import type {
  IndicatorDirection,
  IndicatorPeriod,
  IndicatorType,
  PerformanceScopeKind,
} from '../graphql/generated/graphql';
import { errorField, errorMessage } from '../graphql';
import { useI18n, type MessageKey } from '../i18n';
import type { Indicator, Measure } from './indicator-types';
import { INDICATORS_QUERY, SAVE_INDICATOR_MUTATION } from './queries';

const TYPES: readonly IndicatorType[] = ['EFFICIENCY', 'PUBLIC_INTEREST', 'SATISFACTION', 'ADOPTION'];
const DIRECTIONS: readonly IndicatorDirection[] = ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER'];
const PERIODS: readonly IndicatorPeriod[] = ['MONTH', 'QUARTER', 'YEAR'];
const SCOPES: readonly PerformanceScopeKind[] = ['DEPARTMENT', 'OFFICER'];
const BAND_LIMIT = 10;

interface Values {
  code: string;
  nameKo: string;
  nameEn: string;
  measureCode?: string;
  typeTag: IndicatorType;
  weight: number;
  target: number;
  direction: IndicatorDirection;
  period: IndicatorPeriod;
  scope: PerformanceScopeKind;
  active: boolean;
  bands: { grade: string; threshold: number | null; score: number }[];
}
/** The form's own fields; an API refusal on any other field (or none) shows above the form. */
const FIELDS = new Set<string>([
  'code',
  'nameKo',
  'nameEn',
  'measureCode',
  'typeTag',
  'weight',
  'target',
  'direction',
  'period',
  'scope',
  'active',
]);

const NEW_BANDS: Values['bands'] = [
  { grade: 'S', threshold: 90, score: 100 },
  { grade: 'A', threshold: 80, score: 90 },
  { grade: 'B', threshold: null, score: 80 },
];

const initialValues = (indicator: Indicator | null, scope: PerformanceScopeKind): Values =>
  indicator
    ? {
        code: indicator.code,
        nameKo: indicator.nameKo,
        nameEn: indicator.nameEn,
        measureCode: indicator.measureCode,
        typeTag: indicator.typeTag,
        weight: indicator.weight,
        target: indicator.target,
        direction: indicator.direction,
        period: indicator.period,
        scope: indicator.scope,
        active: indicator.active,
        bands: indicator.bands.map((b) => ({ grade: b.grade, threshold: b.threshold, score: b.score })),
      }
    : {
        code: '',
        nameKo: '',
        nameEn: '',
        typeTag: 'EFFICIENCY',
        weight: 0,
        target: 0,
        direction: 'HIGHER_IS_BETTER',
        period: 'MONTH',
        scope,
        active: false,
        bands: NEW_BANDS,
      };

/**
 * Edits one indicator (or a new one) in a drawer and saves it as the next version with the version it
 * started from; the API's refusals show on their fields. Read-only for whoever may not save.
 */
export function IndicatorEditor({
  indicator,
  scope,
  measures,
  readOnly,
  onClose,
}: {
  indicator: Indicator | null;
  scope: PerformanceScopeKind;
  measures: readonly Measure[];
  readOnly: boolean;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const [bandsError, setBandsError] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SAVE_INDICATOR_MUTATION, {
    refetchQueries: [INDICATORS_QUERY],
    awaitRefetchQueries: true,
  });
  const en = lang === 'en';
  const measureCode = Form.useWatch('measureCode', form);
  const chosen = measures.find((m) => m.code === measureCode);
  const name = indicator ? (en ? indicator.nameEn : indicator.nameKo) : t('indicator.new');

  const submit = async (values: Values) => {
    setFormError(null);
    setBandsError(null);
    try {
      await save({
        variables: {
          input: {
            ...values,
            measureCode: values.measureCode ?? '',
            expectedVersion: indicator?.version ?? 0,
            bands: values.bands.map((b) => ({ ...b, threshold: b.threshold ?? null })),
          },
        },
      });
      message.success(t('indicator.saved'));
      onClose();
    } catch (e) {
      const text = errorMessage(e, lang);
      const field = errorField(e)
        ?.replace(/^input\./, '')
        .split('.')[0];
      if (field === 'bands') setBandsError(text);
      else if (field && FIELDS.has(field)) form.setFields([{ name: field as keyof Values, errors: [text] }]);
      else setFormError(text);
    }
  };

  return (
    <Drawer
      open
      title={t(readOnly ? 'indicator.view' : 'indicator.edit', { name })}
      onClose={onClose}
      width="min(640px, 100vw)"
      extra={
        !readOnly && (
          <Button type="primary" loading={loading} onClick={() => form.submit()}>
            {t('indicator.save')}
          </Button>
        )
      }
    >
      {formError && (
        <Alert type="error" showIcon role="alert" message={formError} style={{ marginBottom: 12 }} />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        disabled={readOnly}
        initialValues={initialValues(indicator, scope)}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item
          name="code"
          label={t('indicator.field.code')}
          extra={t('indicator.field.code.hint')}
          rules={[{ required: true, message: t('indicator.required') }]}
        >
          <Input disabled={readOnly || indicator !== null} maxLength={40} />
        </Form.Item>
        <Form.Item
          name="nameKo"
          label={t('indicator.field.nameKo')}
          rules={[{ required: true, message: t('indicator.required') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="nameEn"
          label={t('indicator.field.nameEn')}
          rules={[{ required: true, message: t('indicator.required') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="measureCode"
          label={t('indicator.col.measure')}
          extra={chosen && (en ? chosen.definitionEn : chosen.definitionKo)}
          rules={[{ required: true, message: t('indicator.required') }]}
        >
          <Select
            showSearch
            optionFilterProp="label"
            options={measures.map((m) => ({
              value: m.code,
              label: `${en ? m.labelEn : m.labelKo} (${t(`indicator.unit.${m.unit}` as MessageKey)})`,
            }))}
          />
        </Form.Item>
        <Space wrap size="middle">
          <Form.Item name="typeTag" label={t('performance.col.type')}>
            <Select
              style={{ minWidth: 140 }}
              options={TYPES.map((v) => ({ value: v, label: t(`performance.type.${v}`) }))}
            />
          </Form.Item>
          <Form.Item name="scope" label={t('indicator.scope')}>
            <Select
              style={{ minWidth: 120 }}
              options={SCOPES.map((v) => ({ value: v, label: t(`indicator.scope.${v}`) }))}
            />
          </Form.Item>
          <Form.Item name="period" label={t('performance.period')}>
            <Select
              style={{ minWidth: 100 }}
              options={PERIODS.map((v) => ({ value: v, label: t(`performance.period.${v}`) }))}
            />
          </Form.Item>
        </Space>
        <Space wrap size="middle">
          <Form.Item name="weight" label={t('performance.col.weight')}>
            <InputNumber min={0} max={100} step={1} />
          </Form.Item>
          <Form.Item
            name="target"
            label={
              chosen
                ? `${t('performance.col.target')} (${t(`indicator.unit.${chosen.unit}` as MessageKey)})`
                : t('performance.col.target')
            }
          >
            <InputNumber step={0.1} />
          </Form.Item>
          <Form.Item name="direction" label={t('indicator.col.direction')}>
            <Select
              style={{ minWidth: 150 }}
              options={DIRECTIONS.map((v) => ({ value: v, label: t(`indicator.direction.${v}`) }))}
            />
          </Form.Item>
          <Form.Item name="active" label={t('indicator.col.active')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Space>
        <fieldset className="pcrm-fieldset">
          <legend>{t('indicator.bands')}</legend>
          <p className="pcrm-indicator-code">{t('indicator.bands.hint')}</p>
          {bandsError && (
            <Alert type="error" showIcon role="alert" message={bandsError} style={{ marginBottom: 12 }} />
          )}
          <Form.List name="bands">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f, i) => (
                  <div key={f.key} className="pcrm-band-row">
                    <Form.Item
                      name={[f.name, 'grade']}
                      label={t('indicator.band.grade', { n: i + 1 })}
                      rules={[{ required: true, message: t('indicator.required') }]}
                    >
                      <Input style={{ width: 80 }} maxLength={4} />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'threshold']}
                      label={t('indicator.band.threshold', { n: i + 1 })}
                    >
                      <InputNumber placeholder={t('indicator.band.rest')} />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'score']}
                      label={t('indicator.band.score', { n: i + 1 })}
                      rules={[{ required: true, message: t('indicator.required') }]}
                    >
                      <InputNumber min={0} />
                    </Form.Item>
                    {!readOnly && (
                      <Button
                        type="text"
                        aria-label={t('indicator.band.remove', { n: i + 1 })}
                        icon={<MinusCircleOutlined aria-hidden />}
                        onClick={() => remove(f.name)}
                        style={{ marginTop: 30 }}
                      />
                    )}
                  </div>
                ))}
                {!readOnly && fields.length < BAND_LIMIT && (
                  <Button
                    icon={<PlusOutlined aria-hidden />}
                    onClick={() => add({ grade: '', threshold: null, score: 0 })}
                  >
                    {t('indicator.band.add')}
                  </Button>
                )}
              </>
            )}
          </Form.List>
        </fieldset>
      </Form>
    </Drawer>
  );
}
