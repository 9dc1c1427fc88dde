import { useQuery } from '@apollo/client/react';
import { Card, List, Space, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { useDateFormat } from '../charts/format';
import { graphql } from '../graphql/generated';
import { useI18n } from '../i18n';
import { LoadErrorAlert } from '../layout/LoadErrorAlert';

export const CUSTOMER_MERGED_RECORDS_QUERY = graphql(`
  query CustomerMergedRecords($id: ID!) {
    customer(id: $id) {
      id
      mergedRecords {
        id
        customerNo
        source
        mergedAt
        mergedBy
        reason
      }
    }
  }
`);

/**
 * The records merged into this customer (by staff or by an import), each with its source, when, by whom and
 * why; shown only when there is one. Each opens as a MERGED customer pointing back here.
 */
export function MergedRecordsCard({ customerId }: { customerId: string }) {
  const { t } = useI18n();
  const formatTime = useDateFormat(true);
  const { data, error, refetch } = useQuery(CUSTOMER_MERGED_RECORDS_QUERY, { variables: { id: customerId } });
  const records = data?.customer?.mergedRecords ?? [];
  if (!error && records.length === 0) return null;
  return (
    <Card
      title={<h2 className="pcrm-card-title">{t('customers.mergedRecords')}</h2>}
      className="pcrm-customer-merged"
      data-testid="customer-merged-records"
    >
      {error && <LoadErrorAlert error={error} onRetry={refetch} />}
      <List
        size="small"
        dataSource={records}
        renderItem={(r) => (
          <List.Item>
            <Space wrap>
              <Link to={`/app/customers/${r.id}`} className="pcrm-mono">
                {r.customerNo}
              </Link>
              <Tag>{r.source}</Tag>
              {r.mergedAt ? <time dateTime={String(r.mergedAt)}>{formatTime(r.mergedAt)}</time> : null}
              {r.mergedBy && <span className="pcrm-muted">{r.mergedBy}</span>}
              {r.reason && <span>{t('customers.mergedReason', { reason: r.reason })}</span>}
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
