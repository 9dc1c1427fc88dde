import { SaveOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, InputNumber, Space } from 'antd';
import { useEffect, useState } from 'react';
import type { VocSettingsInput } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n/messages';
import { LoadErrorAlert } from '../../layout/LoadErrorAlert';
import { ChangeHistory, SaveProblem } from '../shared';
import { UPDATE_VOC_SETTINGS, VOC_SETTINGS_QUERY } from './queries';

interface FieldSpec {
  name: keyof VocSettingsInput;
  min: number;
  max: number;
  step: number;
  precision: number;
}

const FIELDS: readonly FieldSpec[] = [
  { name: 'targetShare', min: 0.1, max: 1, step: 0.05, precision: 2 },
  { name: 'surveyThreshold', min: 1, max: 5, step: 0.5, precision: 1 },
  { name: 'surveyValidDays', min: 1, max: 90, step: 1, precision: 0 },
  { name: 'progressNoticeDays', min: 1, max: 365, step: 1, precision: 0 },
];

type Values = Record<keyof VocSettingsInput, number | null>;

/** 민원 처리 기준: the tenant's `voc_settings`, saved with the version it was read at. */
export function VocSettingsForm({ mayEdit }: { mayEdit: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const query = useQuery(VOC_SETTINGS_QUERY, { fetchPolicy: 'cache-and-network' });
  const settings = query.data?.vocSettings;
  const [values, setValues] = useState<Values | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [save, saving] = useMutation(UPDATE_VOC_SETTINGS, {
    refetchQueries: [VOC_SETTINGS_QUERY],
    awaitRefetchQueries: true,
  });
  useEffect(() => {
    if (settings)
      setValues({
        targetShare: settings.targetShare,
        surveyThreshold: settings.surveyThreshold,
        surveyValidDays: settings.surveyValidDays,
        progressNoticeDays: settings.progressNoticeDays,
      });
  }, [settings]);

  if (query.error) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (!settings || !values) return null;
  const complete = FIELDS.every((f) => values[f.name] !== null);

  return (
    <>
      {!mayEdit && (
        <Alert type="info" showIcon title={t('refdata.voc.readOnly')} style={{ marginBottom: 12 }} />
      )}
      <SaveProblem
        problem={problem}
        conflictText={t('refdata.voc.conflict')}
        onReload={() => {
          setProblem(null);
          void query.refetch();
        }}
      />
      <Card>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!complete) return;
            setProblem(null);
            save({
              variables: { expectedVersion: settings.version, input: values as VocSettingsInput },
            }).then(
              () => message.success(t('refdata.voc.saved')),
              (err: unknown) => setProblem(err),
            );
          }}
        >
          <Space wrap align="start" size={24}>
            {FIELDS.map((f) => (
              <div className="pcrm-form-field" key={f.name}>
                <label htmlFor={`voc-${f.name}`}>{t(`refdata.voc.${f.name}` as MessageKey)}</label>
                <InputNumber
                  id={`voc-${f.name}`}
                  value={values[f.name]}
                  min={f.min}
                  max={f.max}
                  step={f.step}
                  precision={f.precision}
                  disabled={!mayEdit}
                  onChange={(v) => setValues((old) => old && { ...old, [f.name]: v })}
                  aria-describedby={`voc-${f.name}-help`}
                />
                <div id={`voc-${f.name}-help`} className="pcrm-muted">
                  {t(`refdata.voc.${f.name}Help` as MessageKey)}
                </div>
              </div>
            ))}
          </Space>
          {mayEdit && (
            <div>
              <Button
                type="primary"
                htmlType="submit"
                icon={<SaveOutlined aria-hidden />}
                loading={saving.loading}
                disabled={!complete}
              >
                {t('common.save')}
              </Button>{' '}
              <span className="pcrm-muted">{t('terms.version', { version: settings.version })}</span>
            </div>
          )}
        </form>
      </Card>
      <ChangeHistory changes={settings.changes} />
    </>
  );
}
