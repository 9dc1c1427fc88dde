import { InboxOutlined, PlayCircleOutlined } from '@ant-design/icons';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, AutoComplete, Button, Card, Checkbox, Select, Space, Statistic, Steps, Upload } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useAuth } from '../auth';
import { errorMessage } from '../graphql';
import type { ImportEncoding, ImportField } from '../graphql/generated/graphql';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/messages';
import {
  CUSTOMIZABLE,
  fieldLabel as customFieldLabel,
  useCustomFieldDefinitions,
} from '../customization/fields';
import {
  customTarget,
  IMPORT_FIELDS,
  missingRequired,
  REQUIRED_IMPORT_FIELDS,
  toMapping,
  toMappingInput,
  type Mapping,
} from './mapping';
import {
  IMPORT_BATCHES_QUERY,
  IMPORT_SOURCES_QUERY,
  PREVIEW_IMPORT_QUERY,
  SAVE_IMPORT_MAPPING,
  START_IMPORT,
  type ImportPreviewResult,
} from './queries';
import { MappedSample, SampleTable, type MappedColumn } from './MappedSample';
import { RowErrorsTable } from './RowErrorsTable';
import { uploadImportFile, type UploadResult } from './upload';

type Step = 0 | 1 | 2;

/** 업로드 → 열 연결 → 미리보기 → 실행 (then the batch's report page follows the progress). */
export function ImportWizard() {
  const { t, lang } = useI18n();
  const { session } = useAuth();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [step, setStep] = useState<Step>(0);
  const [source, setSource] = useState('');
  const [upload, setUpload] = useState<UploadResult | null>(null);
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [encoding, setEncoding] = useState<ImportEncoding | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  // The custom fields a column may fill: those the importer may edit (the API refuses the others).
  const customFields = useCustomFieldDefinitions(CUSTOMIZABLE.customer).definitions.filter((d) => d.canEdit);
  const customKeys = customFields.map((d) => d.key);
  const [saveMapping, setSaveMapping] = useState(true);
  const [preview, setPreview] = useState<ImportPreviewResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [stepError, setStepError] = useState<unknown>(null);
  const [triedNext, setTriedNext] = useState(false);
  const sources = useQuery(IMPORT_SOURCES_QUERY);
  const [save] = useMutation(SAVE_IMPORT_MAPPING, { refetchQueries: [IMPORT_SOURCES_QUERY] });
  const [start] = useMutation(START_IMPORT, { refetchQueries: [IMPORT_BATCHES_QUERY] });
  const sourceName = source.trim();
  const savedSources = sources.data?.customerImportSources ?? [];

  const input = () => ({
    source: sourceName,
    uploadId: upload!.uploadId,
    encoding: upload!.format === 'CSV' ? encoding : null,
    mapping: toMappingInput(mapping, customKeys),
  });

  const sendFile = async (file: File) => {
    setTriedNext(true);
    if (!sourceName || !session) return;
    setUploading(true);
    setUploadError(null);
    try {
      const result = await uploadImportFile(file, session.accessToken, lang);
      setUpload(result);
      setEncoding(result.detectedEncoding);
      // The saved sources as of this upload, even when the page's first read of them is still under way.
      const known = sources.data ?? (await sources.refetch()).data;
      const saved = known?.customerImportSources.find((s) => s.source === sourceName);
      const fromSaved = saved ? toMapping(saved.mapping, result.headers) : {};
      setMapping(
        Object.keys(fromSaved).length ? fromSaved : toMapping(result.suggestedMapping, result.headers),
      );
      setPreview(null);
      setStepError(null);
      setTriedNext(false);
      setStep(1);
    } catch (e) {
      setUploadError(e instanceof Error ? e.message : String(e));
    } finally {
      setUploading(false);
    }
  };

  const toPreview = async () => {
    setTriedNext(true);
    if (missingRequired(mapping).length) return;
    setBusy(true);
    setStepError(null);
    try {
      if (saveMapping)
        await save({
          variables: { input: { source: sourceName, mapping: toMappingInput(mapping, customKeys) } },
        });
      const result = await client.query({
        query: PREVIEW_IMPORT_QUERY,
        variables: { input: input() },
        fetchPolicy: 'network-only',
      });
      if (result.data) {
        setPreview(result.data.previewCustomerImport);
        setStep(2);
      }
    } catch (e) {
      setStepError(e);
    } finally {
      setBusy(false);
    }
  };

  const run = async () => {
    setBusy(true);
    setStepError(null);
    try {
      const result = await start({ variables: { input: input() } });
      if (result.data) navigate(`/app/customer-import/${result.data.startCustomerImport.id}`);
    } catch (e) {
      setStepError(e);
    } finally {
      setBusy(false);
    }
  };

  const reset = () => {
    setStep(0);
    setUpload(null);
    setPreview(null);
    setStepError(null);
    setUploadError(null);
    setTriedNext(false);
  };

  const fieldLabel = (f: ImportField) => t(`import.field.${f}` as MessageKey);
  const missing = missingRequired(mapping);
  const mapped: MappedColumn[] = [
    ...IMPORT_FIELDS.flatMap((f) => {
      const column = mapping[f];
      return column ? [{ target: f, label: fieldLabel(f), column }] : [];
    }),
    ...customFields.flatMap((d) => {
      const column = mapping[customTarget(d.key)];
      return column ? [{ target: customTarget(d.key), label: customFieldLabel(d, lang), column }] : [];
    }),
  ];

  return (
    <Card className="pcrm-import-wizard" title={<h2 className="pcrm-card-title">{t('import.wizard')}</h2>}>
      <Steps
        current={step}
        size="small"
        responsive
        className="pcrm-import-steps"
        items={[
          { title: t('import.step.upload') },
          { title: t('import.step.map') },
          { title: t('import.step.preview') },
          { title: t('import.step.run') },
        ]}
      />

      {step === 0 && (
        <div className="pcrm-import-step" data-testid="import-step-upload">
          <div className="pcrm-form-field">
            <label htmlFor="import-source">{t('import.source')}</label>
            <AutoComplete
              id="import-source"
              value={source}
              onChange={setSource}
              options={savedSources.map((s) => ({ value: s.source }))}
              placeholder={t('import.sourcePlaceholder')}
              status={triedNext && !sourceName ? 'error' : undefined}
              aria-describedby="import-source-help"
              style={{ maxWidth: 420 }}
              maxLength={100}
            />
            <span id="import-source-help" className="pcrm-muted pcrm-help">
              {t('import.sourceHelp')}
            </span>
            {triedNext && !sourceName && (
              <div className="pcrm-field-error" role="alert">
                {t('import.sourceRequired')}
              </div>
            )}
          </div>
          <Upload.Dragger
            accept=".csv,.txt,.xlsx"
            multiple={false}
            showUploadList={false}
            disabled={uploading}
            beforeUpload={(file) => {
              void sendFile(file);
              return false;
            }}
            className="pcrm-import-drop"
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined aria-hidden />
            </p>
            <p className="ant-upload-text">{uploading ? t('import.uploading') : t('import.drop')}</p>
            <p className="ant-upload-hint">{t('import.dropHint')}</p>
          </Upload.Dragger>
          {uploadError && (
            <Alert
              type="error"
              showIcon
              role="alert"
              title={t('import.uploadFailed')}
              description={uploadError}
              style={{ marginTop: 16 }}
            />
          )}
        </div>
      )}

      {step === 1 && upload && (
        <div className="pcrm-import-step" data-testid="import-step-map">
          <p>
            {t('import.uploaded', {
              file: upload.fileName,
              rows: upload.rowCount.toLocaleString(),
              format: upload.format,
            })}
          </p>
          {upload.format === 'CSV' && (
            <div className="pcrm-form-field">
              <label htmlFor="import-encoding">{t('import.encoding')}</label>
              <Select
                id="import-encoding"
                value={encoding ?? 'UTF8'}
                onChange={(v: ImportEncoding) => setEncoding(v)}
                options={[
                  { value: 'UTF8', label: t('import.encoding.UTF8') },
                  { value: 'CP949', label: t('import.encoding.CP949') },
                ]}
                style={{ width: 260 }}
              />
              <span className="pcrm-muted pcrm-help">
                {t('import.encodingDetected', { encoding: upload.detectedEncoding ?? '—' })}
              </span>
            </div>
          )}
          <h3 className="pcrm-subtitle">{t('import.mapTitle')}</h3>
          <div className="pcrm-import-mapping">
            {IMPORT_FIELDS.map((f) => {
              const required = REQUIRED_IMPORT_FIELDS.includes(f);
              const invalid = triedNext && required && !mapping[f];
              return (
                <div key={f} className="pcrm-form-field">
                  <label htmlFor={`import-map-${f}`}>
                    {fieldLabel(f)}
                    {required && <span className="pcrm-required"> ({t('import.required')})</span>}
                  </label>
                  <Select
                    id={`import-map-${f}`}
                    allowClear
                    value={mapping[f]}
                    placeholder={t('import.notMapped')}
                    status={invalid ? 'error' : undefined}
                    onChange={(column?: string) => setMapping({ ...mapping, [f]: column })}
                    options={upload.headers.map((h) => ({ value: h, label: h }))}
                  />
                </div>
              );
            })}
          </div>
          {customFields.length > 0 && (
            <>
              <h4 className="pcrm-subtitle">{t('import.customFieldsTitle')}</h4>
              <p className="pcrm-muted pcrm-help">{t('import.customFieldsHelp')}</p>
              <div className="pcrm-import-mapping" data-testid="import-custom-mapping">
                {customFields.map((d) => {
                  const target = customTarget(d.key);
                  return (
                    <div key={d.key} className="pcrm-form-field">
                      <label htmlFor={`import-map-custom-${d.key}`}>{customFieldLabel(d, lang)}</label>
                      <Select
                        id={`import-map-custom-${d.key}`}
                        allowClear
                        value={mapping[target]}
                        placeholder={t('import.notMapped')}
                        onChange={(column?: string) => setMapping({ ...mapping, [target]: column })}
                        options={upload.headers.map((h) => ({ value: h, label: h }))}
                      />
                    </div>
                  );
                })}
              </div>
            </>
          )}
          {triedNext && missing.length > 0 && (
            <Alert
              type="error"
              showIcon
              role="alert"
              title={t('import.missingRequired', { fields: missing.map(fieldLabel).join(', ') })}
            />
          )}
          <SampleTable
            title={t('import.sample')}
            rows={upload.sampleRows}
            columns={upload.headers.map((h, i) => ({ key: `c${i}`, title: h, index: i }))}
          />
          <Checkbox
            checked={saveMapping}
            onChange={(e) => setSaveMapping(e.target.checked)}
            style={{ marginTop: 16 }}
          >
            {t('import.saveMapping', { source: sourceName })}
          </Checkbox>
          <StepError error={stepError} />
          <Space wrap className="pcrm-form-actions" style={{ marginTop: 16 }}>
            <Button onClick={reset}>{t('import.back')}</Button>
            <Button type="primary" loading={busy} onClick={() => void toPreview()}>
              {t('import.toPreview')}
            </Button>
          </Space>
        </div>
      )}

      {step === 2 && preview && (
        <div className="pcrm-import-step" data-testid="import-step-preview">
          <div className="pcrm-import-counts" aria-live="polite">
            <Statistic title={t('import.count.total')} value={preview.totalRows} />
            <Statistic title={t('import.count.create')} value={preview.createCount} />
            <Statistic title={t('import.count.merge')} value={preview.mergeCount} />
            <Statistic title={t('import.count.review')} value={preview.reviewCount} />
            <Statistic title={t('import.count.error')} value={preview.errorCount} />
          </div>
          {preview.errorCount > 0 ? (
            <>
              <Alert
                type="error"
                showIcon
                role="alert"
                title={t('import.hasErrors')}
                style={{ margin: '16px 0' }}
              />
              <RowErrorsTable errors={preview.errors} total={preview.errorCount} />
            </>
          ) : (
            <Alert type="success" showIcon title={t('import.ready')} style={{ margin: '16px 0' }} />
          )}
          {upload && <MappedSample upload={upload} columns={mapped} />}
          <StepError error={stepError} />
          <Space wrap className="pcrm-form-actions" style={{ marginTop: 16 }}>
            <Button onClick={() => setStep(1)}>{t('import.backToMap')}</Button>
            <Button onClick={reset}>{t('import.otherFile')}</Button>
            <Button
              type="primary"
              icon={<PlayCircleOutlined aria-hidden />}
              loading={busy}
              disabled={preview.errorCount > 0}
              onClick={() => void run()}
            >
              {t('import.run')}
            </Button>
          </Space>
        </div>
      )}
    </Card>
  );
}

/** The API's refusal of a step, in the user's language. */
function StepError({ error }: { error: unknown }) {
  const { lang } = useI18n();
  if (error === null) return null;
  return (
    <Alert type="error" showIcon role="alert" title={errorMessage(error, lang)} style={{ marginTop: 16 }} />
  );
}
