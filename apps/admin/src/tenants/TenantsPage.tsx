import { useQuery } from '@apollo/client/react';
import { Card, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import type { TenantRef } from '../graphql';
import { useI18n } from '../i18n';
import { PageHeader } from '../layout/PageHeader';
import { LoadErrorAlert } from '../layout/LoadErrorAlert';
import { TENANTS_QUERY } from './queries';
import { tenantColumns } from './tenant-columns';

export function TenantsPage() {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(TENANTS_QUERY);
  const tenants = data?.tenants ?? [];

  const columns: TableColumnsType<TenantRef> = [
    {
      title: '#',
      key: 'no',
      width: 64,
      align: 'right',
      render: (_, __, index) => index + 1,
    },
    ...tenantColumns<TenantRef>({
      code: t('tenants.col.code'),
      nameKo: t('tenants.col.nameKo'),
      nameEn: t('tenants.col.nameEn'),
    }),
  ];

  return (
    <>
      <PageHeader title={t('tenants.title')} description={t('tenants.description')} />
      {error && <LoadErrorAlert error={error} onRetry={refetch} />}
      <Card className="pcrm-table-card">
        <Table<TenantRef>
          rowKey="code"
          columns={columns}
          dataSource={tenants}
          loading={loading && !data}
          pagination={false}
          size="middle"
          title={() => (
            <span className="pcrm-table-caption">
              {data ? t('tenants.count', { n: tenants.length }) : t('common.loading')}
            </span>
          )}
        />
      </Card>
    </>
  );
}
