import { DownloadOutlined, EyeOutlined, ImportOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Checkbox, Input, List, Space, Tag, type TableColumnsType } from 'antd';
import { useEffect, useMemo, useState, type ChangeEvent } from 'react';
import type {
  CustomizationPackageItemKind,
  CustomizationPackageSection,
  PreviewCustomizationPackageMutation,
} from '../../graphql/generated/graphql';
import { errorMessage } from '../../graphql';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n/messages';
import { LoadErrorAlert } from '../../layout/LoadErrorAlert';
import { PageHeader } from '../../layout/PageHeader';
import { RegionTable } from '../../layout/RegionTable';
import { useWhen } from '../shared';
import { EXPORT_PACKAGE, IMPORT_PACKAGE, PACKAGE_IMPORTS, PREVIEW_PACKAGE } from './queries';
import './packages.css';

type Preview = PreviewCustomizationPackageMutation['previewCustomizationPackage'];
type Item = Preview['items'][number];

const SECTIONS: readonly { value: CustomizationPackageSection; key: MessageKey }[] = [
  { value: 'CUSTOM_FIELDS' as CustomizationPackageSection, key: 'pkg.section.customFields' },
  { value: 'TERMINOLOGY' as CustomizationPackageSection, key: 'pkg.section.terminology' },
  { value: 'REFERENCE_DATA' as CustomizationPackageSection, key: 'pkg.section.referenceData' },
];
const SECTION_LABEL: Record<string, MessageKey> = {
  CUSTOM_FIELDS: 'pkg.section.customFields',
  TERMINOLOGY: 'pkg.section.terminology',
  REFERENCE_DATA: 'pkg.section.referenceData',
};
/** Solid tags (white text) dark enough for WCAG AA contrast. */
const KIND_COLOR: Record<CustomizationPackageItemKind, string> = {
  NEW: '#237804',
  SAME: 'default',
  CHANGED: '#0050b3',
  CONFLICT: '#a8071a',
};
/** What the page reads of a package it just exported (the rest is the server's). */
interface ExportedPackage {
  sourceTenant: string;
  sections: { customFields?: unknown[]; terminology?: unknown[] };
}

const applicable = (i: Item) => i.kind === 'NEW' || i.kind === 'CHANGED';

/** 내보내기: choose sections, create the package, download it (or copy the JSON shown). */
function ExportCard() {
  const { t, lang } = useI18n();
  const [sections, setSections] = useState<CustomizationPackageSection[]>(SECTIONS.map((s) => s.value));
  const [run, running] = useMutation(EXPORT_PACKAGE);
  const [json, setJson] = useState<string | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const pkg = useMemo(() => (json ? (JSON.parse(json) as ExportedPackage) : null), [json]);
  const href = useMemo(
    () => (json ? URL.createObjectURL(new Blob([json], { type: 'application/json' })) : null),
    [json],
  );
  useEffect(() => () => void (href && URL.revokeObjectURL(href)), [href]);

  const create = async () => {
    setProblem(null);
    try {
      const res = await run({ variables: { sections } });
      setJson(JSON.stringify(res.data?.exportCustomizationPackage, null, 2));
    } catch (error) {
      setProblem(error);
    }
  };

  return (
    <Card title={<h2 className="pcrm-card-title">{t('pkg.export.title')}</h2>}>
      <fieldset className="pcrm-package-sections">
        <legend>{t('pkg.export.sections')}</legend>
        <Checkbox.Group
          value={sections}
          onChange={(v) => setSections(v as CustomizationPackageSection[])}
          options={SECTIONS.map((s) => ({ value: s.value, label: t(s.key) }))}
        />
      </fieldset>
      <Button
        type="primary"
        icon={<DownloadOutlined aria-hidden />}
        disabled={!sections.length}
        loading={running.loading}
        onClick={() => void create()}
        style={{ marginTop: 12 }}
      >
        {t('pkg.export.run')}
      </Button>
      {problem ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={errorMessage(problem, lang)}
          style={{ marginTop: 12 }}
        />
      ) : null}
      {pkg && href && (
        <div style={{ marginTop: 12 }}>
          <Alert
            type="success"
            showIcon
            title={t('pkg.export.done', {
              fields: pkg.sections.customFields?.length ?? 0,
              terms: pkg.sections.terminology?.length ?? 0,
            })}
            action={
              <a href={href} download={`pcrm-${pkg.sourceTenant}-customization.json`}>
                {t('pkg.export.download')}
              </a>
            }
          />
          <label className="pcrm-package-label" htmlFor="pkg-export-json">
            {t('pkg.export.json')}
          </label>
          <Input.TextArea
            id="pkg-export-json"
            readOnly
            value={json ?? ''}
            autoSize={{ minRows: 4, maxRows: 12 }}
          />
        </div>
      )}
    </Card>
  );
}

/** The preview's items with a skip choice for each one that would change something. */
function PreviewTable({
  preview,
  skip,
  onSkip,
}: {
  preview: Preview;
  skip: ReadonlySet<string>;
  onSkip: (id: string, skipped: boolean) => void;
}) {
  const { t, lang } = useI18n();
  const label = (i: Item) => (lang === 'ko' ? i.labelKo : i.labelEn);
  const columns: TableColumnsType<Item> = [
    { title: t('pkg.col.section'), key: 'section', render: (_, i) => t(SECTION_LABEL[i.section]) },
    {
      title: t('pkg.col.item'),
      key: 'item',
      render: (_, i) => (
        <>
          {label(i)}
          <div className="pcrm-muted">{i.entity ? `${i.entity} · ${i.key}` : i.key}</div>
        </>
      ),
    },
    {
      title: t('pkg.col.kind'),
      key: 'kind',
      render: (_, i) => <Tag color={KIND_COLOR[i.kind]}>{t(`pkg.kind.${i.kind}` as MessageKey)}</Tag>,
    },
    {
      title: t('pkg.col.reason'),
      key: 'reason',
      render: (_, i) => (lang === 'ko' ? i.reasonKo : i.reasonEn),
    },
    {
      title: t('pkg.col.skip'),
      key: 'skip',
      render: (_, i) => (
        <Checkbox
          aria-label={t('pkg.skipLabel', { item: label(i) })}
          checked={!applicable(i) || skip.has(i.id)}
          disabled={!applicable(i)}
          onChange={(e) => onSkip(i.id, e.target.checked)}
        />
      ),
    },
  ];
  return (
    <RegionTable<Item>
      regionLabel={t('pkg.table')}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      rowKey="id"
      columns={columns}
      dataSource={[...preview.items]}
    />
  );
}

/** 가져오기: read a package (file or paste), preview it, choose what to skip, import with confirmation. */
function ImportCard() {
  const { t, lang } = useI18n();
  const { modal } = App.useApp();
  const when = useWhen();
  const [text, setText] = useState('');
  const [parsed, setParsed] = useState<unknown>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [skip, setSkip] = useState<Set<string>>(new Set());
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [runPreview, previewing] = useMutation(PREVIEW_PACKAGE);
  const [runImport, importing] = useMutation(IMPORT_PACKAGE, {
    refetchQueries: [PACKAGE_IMPORTS],
    awaitRefetchQueries: true,
  });

  const changeText = (value: string) => {
    setText(value);
    setPreview(null);
    setDone(null);
    setProblem(null);
  };
  const readFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (file) changeText(await file.text());
  };

  const doPreview = async () => {
    setProblem(null);
    setDone(null);
    let pkg: unknown;
    try {
      pkg = JSON.parse(text);
    } catch {
      setProblem(t('pkg.import.notJson'));
      return;
    }
    try {
      const res = await runPreview({ variables: { package: pkg } });
      setParsed(pkg);
      setPreview(res.data?.previewCustomizationPackage ?? null);
      setSkip(new Set());
    } catch (error) {
      setPreview(null);
      setProblem(errorMessage(error, lang));
    }
  };

  const toApply = preview ? preview.items.filter((i) => applicable(i) && !skip.has(i.id)) : [];
  const doImport = async () => {
    if (!preview) return;
    setProblem(null);
    try {
      const res = await runImport({
        variables: {
          package: parsed,
          expectedChecksum: preview.checksum,
          choices: {
            skip: preview.items.filter((i) => i.kind === 'CONFLICT' || skip.has(i.id)).map((i) => i.id),
          },
        },
      });
      const r = res.data!.importCustomizationPackage;
      setDone(
        r.applied.length
          ? t('pkg.import.done', {
              applied: r.applied.length,
              skipped: r.skipped.length,
              same: r.unchanged.length,
            })
          : t('pkg.import.nothing'),
      );
      setPreview(null);
    } catch (error) {
      setProblem(errorMessage(error, lang));
    }
  };
  const confirmImport = () =>
    modal.confirm({
      title: t('pkg.import.confirmTitle'),
      content: t('pkg.import.confirm', { n: toApply.length }),
      okText: t('pkg.import.confirmOk'),
      cancelText: t('pkg.import.cancel'),
      onOk: doImport,
    });

  return (
    <Card title={<h2 className="pcrm-card-title">{t('pkg.import.title')}</h2>}>
      <p className="pcrm-muted">{t('pkg.import.pasteHelp')}</p>
      <label className="pcrm-package-label" htmlFor="pkg-import-file">
        {t('pkg.import.file')}
      </label>
      <input
        className="pcrm-package-file"
        id="pkg-import-file"
        type="file"
        accept="application/json,.json"
        onChange={(e) => void readFile(e)}
      />
      <label className="pcrm-package-label" htmlFor="pkg-import-json">
        {t('pkg.import.paste')}
      </label>
      <Input.TextArea
        id="pkg-import-json"
        value={text}
        onChange={(e) => changeText(e.target.value)}
        autoSize={{ minRows: 4, maxRows: 12 }}
      />
      <Button
        icon={<EyeOutlined aria-hidden />}
        disabled={!text.trim()}
        loading={previewing.loading}
        onClick={() => void doPreview()}
        style={{ marginTop: 12 }}
      >
        {t('pkg.import.preview')}
      </Button>
      {problem && <Alert type="error" showIcon role="alert" title={problem} style={{ marginTop: 12 }} />}
      {done && <Alert type="success" showIcon role="status" title={done} style={{ marginTop: 12 }} />}
      {preview && (
        <Space direction="vertical" style={{ width: '100%', marginTop: 12 }}>
          <Alert
            type={preview.conflictCount ? 'warning' : 'info'}
            showIcon
            title={t('pkg.preview.summary', {
              tenant: preview.sourceTenant,
              version: preview.standardVersion,
              when: when(preview.exportedAt),
              new: preview.newCount,
              same: preview.sameCount,
              changed: preview.changedCount,
              conflict: preview.conflictCount,
            })}
            description={t('pkg.conflictHelp')}
          />
          <PreviewTable
            preview={preview}
            skip={skip}
            onSkip={(id, skipped) =>
              setSkip((s) => {
                const next = new Set(s);
                if (skipped) next.add(id);
                else next.delete(id);
                return next;
              })
            }
          />
          <Button
            type="primary"
            icon={<ImportOutlined aria-hidden />}
            disabled={!toApply.length}
            loading={importing.loading}
            onClick={confirmImport}
          >
            {t('pkg.import.run', { n: toApply.length })}
          </Button>
        </Space>
      )}
    </Card>
  );
}

function ImportHistory() {
  const { t } = useI18n();
  const when = useWhen();
  const query = useQuery(PACKAGE_IMPORTS, { fetchPolicy: 'cache-and-network' });
  if (query.error) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const imports = query.data?.customizationPackageImports ?? [];
  return (
    <Card title={<h2 className="pcrm-card-title">{t('pkg.history.title')}</h2>}>
      {imports.length ? (
        <List
          size="small"
          dataSource={[...imports]}
          renderItem={(i) => (
            <List.Item>
              {t('pkg.history.item', {
                version: i.version,
                tenant: i.sourceTenant,
                applied: i.appliedCount,
                who: i.importedBy,
                when: when(i.importedAt),
              })}
            </List.Item>
          )}
        />
      ) : (
        <p className="pcrm-muted">{t('pkg.history.empty')}</p>
      )}
    </Card>
  );
}

/** 설정 꾸러미: export this tenant's customization, preview and import another tenant's (docs/adr/0027). */
export function PackagesPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t('pkg.title')} description={t('pkg.description')} />
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <ExportCard />
        <ImportCard />
        <ImportHistory />
      </Space>
    </>
  );
}
