import { EditOutlined, PlusOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Space } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useI18n } from '../i18n';
import { LoadErrorAlert } from '../layout/LoadErrorAlert';
import { PageHeader } from '../layout/PageHeader';
import { RegionTable } from '../layout/RegionTable';
import { PopulationFigureModal, type FigureValues } from './PopulationFigureModal';
import {
  PLATFORM_DISTRICT_POPULATIONS_QUERY,
  PLATFORM_POPULATIONS_QUERY,
  SET_DISTRICT_POPULATIONS,
  SET_TENANT_POPULATION,
  type DistrictPopulationRow,
  type TenantPopulationRow,
} from './queries';

const PAGE_SIZE = 20;
const REFETCH = {
  refetchQueries: [PLATFORM_POPULATIONS_QUERY, PLATFORM_DISTRICT_POPULATIONS_QUERY],
  awaitRefetchQueries: true,
};

type Editing =
  { kind: 'tenant'; tenant: TenantPopulationRow } | { kind: 'district'; row: DistrictPopulationRow | null };

/** The districts of one tenant, a page at a time, latest year first. */
function DistrictTable({
  tenant,
  onEdit,
}: {
  tenant: TenantPopulationRow;
  onEdit(row: DistrictPopulationRow | null): void;
}) {
  const { t, lang } = useI18n();
  const [page, setPage] = useState(1);
  const { data, previousData, loading, error, refetch } = useQuery(PLATFORM_DISTRICT_POPULATIONS_QUERY, {
    variables: { tenantId: tenant.tenantId, offset: (page - 1) * PAGE_SIZE, first: PAGE_SIZE },
  });
  const result = (data ?? previousData)?.platformDistrictPopulations;
  const number = useMemo(() => new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'ko-KR'), [lang]);
  const name = lang === 'en' ? tenant.nameEn : tenant.nameKo;
  const title = t('population.districtsOf', { name });
  const columns: TableColumnsType<DistrictPopulationRow> = [
    { title: t('population.col.sigungu'), dataIndex: 'sigungu', key: 'sigungu' },
    { title: t('population.col.year'), dataIndex: 'year', key: 'year', align: 'right' },
    {
      title: t('population.col.population'),
      dataIndex: 'population',
      key: 'population',
      align: 'right',
      render: (n: number) => number.format(n),
    },
    { title: t('population.col.source'), dataIndex: 'source', key: 'source', responsive: ['md'] },
    {
      title: t('population.col.actions'),
      key: 'actions',
      render: (_, row) => (
        <Button
          size="small"
          icon={<EditOutlined aria-hidden />}
          aria-label={`${row.sigungu} ${row.year} ${t('population.edit')}`}
          onClick={() => onEdit(row)}
        >
          {t('population.edit')}
        </Button>
      ),
    },
  ];
  return (
    <Card
      className="pcrm-table-card"
      title={<h2 className="pcrm-card-title">{title}</h2>}
      extra={
        <Button icon={<PlusOutlined aria-hidden />} onClick={() => onEdit(null)}>
          {t('population.addDistrict')}
        </Button>
      }
    >
      {error && <LoadErrorAlert error={error} onRetry={refetch} />}
      <RegionTable<DistrictPopulationRow>
        regionLabel={title}
        rowKey={(r) => `${r.year}|${r.sigungu}`}
        columns={columns}
        dataSource={result?.items ?? []}
        loading={loading && !result}
        title={() => (
          <span className="pcrm-table-caption">
            {result ? t('population.districtsCount', { n: result.total }) : t('common.loading')}
          </span>
        )}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: result?.total ?? 0,
          showSizeChanger: false,
          hideOnSinglePage: true,
          onChange: setPage,
        }}
      />
    </Card>
  );
}

/** The platform operator's population reference data: every tenant's figures by year, and its districts. */
export function PlatformPopulationPage() {
  const { t, lang } = useI18n();
  const { data, loading, error, refetch } = useQuery(PLATFORM_POPULATIONS_QUERY);
  const [setTenant] = useMutation(SET_TENANT_POPULATION, REFETCH);
  const [setDistricts] = useMutation(SET_DISTRICT_POPULATIONS, REFETCH);
  const [selected, setSelected] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const tenants = data?.platformPopulations ?? [];
  const chosen = tenants.find((x) => x.tenantId === selected) ?? null;
  const number = useMemo(() => new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'ko-KR'), [lang]);
  const nameOf = (row: TenantPopulationRow) => (lang === 'en' ? row.nameEn : row.nameKo);

  const columns: TableColumnsType<TenantPopulationRow> = [
    {
      title: t('population.col.tenant'),
      key: 'tenant',
      render: (_, row) => nameOf(row),
    },
    {
      title: t('population.col.year'),
      key: 'year',
      align: 'right',
      render: (_, row) => row.figures[0]?.year ?? t('population.none'),
    },
    {
      title: t('population.col.population'),
      key: 'population',
      align: 'right',
      render: (_, row) => (row.figures[0] ? number.format(row.figures[0].population) : '—'),
    },
    {
      title: t('population.col.source'),
      key: 'source',
      responsive: ['lg'],
      render: (_, row) => row.figures[0]?.source ?? '—',
    },
    {
      title: t('population.col.years'),
      key: 'years',
      responsive: ['md'],
      render: (_, row) => row.figures.map((f) => f.year).join(', ') || '—',
    },
    {
      title: t('population.col.districts'),
      key: 'districts',
      align: 'right',
      responsive: ['md'],
      render: (_, row) => row.figures[0]?.districts ?? 0,
    },
    {
      title: t('population.col.actions'),
      key: 'actions',
      render: (_, row) => (
        <Space wrap>
          <Button
            size="small"
            icon={<EditOutlined aria-hidden />}
            aria-label={`${nameOf(row)} ${t('population.edit')}`}
            onClick={() => setEditing({ kind: 'tenant', tenant: row })}
          >
            {t('population.edit')}
          </Button>
          <Button
            size="small"
            icon={<UnorderedListOutlined aria-hidden />}
            aria-label={`${nameOf(row)} ${t('population.showDistricts')}`}
            aria-pressed={row.tenantId === selected}
            onClick={() => setSelected(row.tenantId)}
          >
            {t('population.showDistricts')}
          </Button>
        </Space>
      ),
    },
  ];

  const tenantEditing = editing?.kind === 'tenant' ? editing.tenant : null;
  const districtEditing = editing?.kind === 'district' ? editing : null;
  const latest = tenantEditing?.figures[0];

  return (
    <>
      <PageHeader title={t('population.title')} description={t('population.description')} />
      {error && <LoadErrorAlert error={error} onRetry={refetch} />}
      <Card className="pcrm-table-card">
        <RegionTable<TenantPopulationRow>
          regionLabel={t('population.tenants')}
          rowKey="tenantId"
          columns={columns}
          dataSource={tenants}
          loading={loading && !data}
          size="middle"
          title={() => (
            <span className="pcrm-table-caption">
              {data ? t('population.count', { n: tenants.length }) : t('common.loading')}
            </span>
          )}
          pagination={{ pageSize: PAGE_SIZE, hideOnSinglePage: true, showSizeChanger: false }}
        />
      </Card>
      {chosen ? (
        <DistrictTable
          key={chosen.tenantId}
          tenant={chosen}
          onEdit={(row) => setEditing({ kind: 'district', row })}
        />
      ) : (
        <Card className="pcrm-table-card">
          <p>{t('population.pickTenant')}</p>
        </Card>
      )}
      <PopulationFigureModal
        open={tenantEditing !== null}
        title={tenantEditing ? t('population.editTitle', { name: nameOf(tenantEditing) }) : ''}
        withDistrict={false}
        fixed={false}
        initial={latest ? { year: latest.year, population: latest.population, source: latest.source } : {}}
        existing={(v) =>
          (tenantEditing?.figures.find((f) => f.year === v.year)?.updatedAt as string | undefined) ?? null
        }
        save={(v: FigureValues, expectedUpdatedAt) =>
          setTenant({
            variables: {
              tenantId: tenantEditing!.tenantId,
              year: v.year,
              population: v.population,
              source: v.source,
              expectedUpdatedAt,
            },
          })
        }
        onClose={() => setEditing(null)}
      />
      <PopulationFigureModal
        open={districtEditing !== null}
        title={t(districtEditing?.row ? 'population.editDistrict' : 'population.addDistrict')}
        withDistrict
        fixed={Boolean(districtEditing?.row)}
        initial={districtEditing?.row ?? { year: chosen?.figures[0]?.year }}
        existing={() => (districtEditing?.row?.updatedAt as string | undefined) ?? null}
        save={(v: FigureValues, expectedUpdatedAt) =>
          setDistricts({
            variables: {
              tenantId: chosen!.tenantId,
              year: v.year,
              districts: [
                { sigungu: v.sigungu!, population: v.population, source: v.source, expectedUpdatedAt },
              ],
            },
          })
        }
        onClose={() => setEditing(null)}
      />
    </>
  );
}
