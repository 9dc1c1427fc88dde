import { useQuery } from '@apollo/client/react';
import { Card, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { TenantRef } from '../graphql';
import { useI18n } from '../i18n';
import { PageHeader } from '../layout/PageHeader';
import { LoadErrorAlert } from '../layout/LoadErrorAlert';
import { TENANTS_QUERY } from './queries';

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
    {
      title: t('tenants.col.code'),
      dataIndex: 'code',
      key: 'code',
      width: 160,
      render: (code: string) => <span className="pcrm-mono">{code}</span>,
    },
    {
      title: t('tenants.col.nameKo'),
      dataIndex: 'nameKo',
      key: 'nameKo',
      render: (name: string) => (
        <Typography.Text strong lang="ko">
          {name}
        </Typography.Text>
      ),
    },
    {
      title: t('tenants.col.nameEn'),
      dataIndex: 'nameEn',
      key: 'nameEn',
      render: (name: string) => <span lang="en">{name}</span>,
    },
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
