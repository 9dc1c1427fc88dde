import { Alert, App, Form, Input, InputNumber, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { errorField, errorMessage } from '../graphql';
import { useI18n } from '../i18n';

export interface FigureValues {
  sigungu?: string;
  year: number;
  population: number;
  source: string;
}

/** The API's limits (population-input.ts); the API checks them again. */
const FIRST_YEAR = 1990;
const MAX_POPULATION = 20_000_000;
const THIS_YEAR = new Date().getFullYear();

/** Where the API's `extensions.field` of a refused save is shown (a bulk save names `districts.0.<field>`). */
const formField = (field: string | null): keyof FigureValues | null => {
  const last = field?.split('.').at(-1);
  return last === 'year' || last === 'population' || last === 'source' || last === 'sigungu' ? last : null;
};

/**
 * Enter or correct one population figure. `existing(values)` answers the `updatedAt` of the figure the
 * values would correct (the save must send it), or null for a new figure.
 */
export function PopulationFigureModal({
  open,
  title,
  withDistrict,
  fixed,
  initial,
  existing,
  save,
  onClose,
}: {
  open: boolean;
  title: string;
  withDistrict: boolean;
  /** The year (and district) cannot change: correcting a listed district. */
  fixed: boolean;
  initial: Partial<FigureValues>;
  existing(values: Partial<FigureValues>): string | null;
  save(values: FigureValues, expectedUpdatedAt: string | null): Promise<unknown>;
  onClose(): void;
}) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<FigureValues>();
  const [serverError, setServerError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const watched = Form.useWatch([], form) as Partial<FigureValues> | undefined;
  const expected = existing(watched ?? initial);
  const required = { required: true, message: t('population.required') };

  // Filled when the dialog opens only: `initial` is a new object at every render of the page.
  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue(initial);
      setServerError(null);
    }
  }, [open]);

  const submit = async () => {
    let v: FigureValues;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setServerError(null);
    setSaving(true);
    try {
      await save(v, existing(v));
      message.success(t('population.saved'));
      onClose();
    } catch (e) {
      const text = errorMessage(e, lang);
      const field = formField(errorField(e) ?? null);
      if (field) form.setFields([{ name: field, errors: [text] }]);
      else setServerError(text);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      okText={t('population.save')}
      cancelText={t('common.cancel')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={saving}
      forceRender
    >
      <Form form={form} layout="vertical" requiredMark name="population-figure" onFinish={submit}>
        {withDistrict && (
          <Form.Item
            label={t('population.sigungu')}
            name="sigungu"
            rules={[{ ...required, whitespace: true }, { max: 50 }]}
          >
            <Input lang="ko" disabled={fixed} />
          </Form.Item>
        )}
        <Form.Item label={t('population.year')} name="year" rules={[required]}>
          <InputNumber
            min={FIRST_YEAR}
            max={THIS_YEAR}
            precision={0}
            disabled={fixed}
            style={{ width: 140 }}
          />
        </Form.Item>
        <Form.Item label={t('population.population')} name="population" rules={[required]}>
          <InputNumber min={1} max={MAX_POPULATION} precision={0} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item
          label={t('population.source')}
          name="source"
          extra={t('population.sourceHint')}
          rules={[{ ...required, whitespace: true }, { max: 200 }]}
        >
          <Input />
        </Form.Item>
        {expected && !fixed && (
          <Alert type="info" showIcon title={t('population.existing', { year: watched?.year ?? '' })} />
        )}
        {serverError && <Alert type="error" showIcon role="alert" title={serverError} />}
      </Form>
    </Modal>
  );
}
