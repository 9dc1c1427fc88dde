import { useQuery } from '@apollo/client/react';
import { Card, List, Skeleton, Space, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { graphql } from '../graphql/generated';
import { useI18n } from '../i18n';
import { LoadErrorAlert } from '../layout/LoadErrorAlert';
import { useEnumLabel } from './labels';

export const CUSTOMER_RELATIONS_QUERY = graphql(`
  query CustomerRelations($id: ID!) {
    customer(id: $id) {
      id
      relations {
        id
        kind
        related {
          id
          name
          customerNo
        }
      }
      householdMembers {
        id
        name
        ageBand
      }
    }
  }
`);

/** Relations to other customers (family, representative, proxy, contact person) and the household. */
export function RelationsCard({ customerId }: { customerId: string }) {
  const { t } = useI18n();
  const label = useEnumLabel();
  const { data, loading, error, refetch } = useQuery(CUSTOMER_RELATIONS_QUERY, {
    variables: { id: customerId },
  });
  const c = data?.customer;
  const members = c?.householdMembers.filter((m) => m.id !== customerId) ?? [];
  return (
    <Card
      title={<h2 className="pcrm-card-title">{t('customers.relations')}</h2>}
      className="pcrm-customer-relations"
    >
      {error && <LoadErrorAlert error={error} onRetry={refetch} />}
      {loading && !c ? (
        <Skeleton active aria-label={t('common.loading')} />
      ) : (
        c && (
          <>
            <h3 className="pcrm-subtitle">{t('customers.relatedCustomers')}</h3>
            {c.relations.length === 0 ? (
              <p className="pcrm-muted">{t('customers.noRelations')}</p>
            ) : (
              <List
                size="small"
                dataSource={c.relations}
                renderItem={(r) => (
                  <List.Item>
                    <Space wrap>
                      <Tag>{label('relation', r.kind)}</Tag>
                      <Link to={`/app/customers/${r.related.id}`}>{r.related.name}</Link>
                      <span className="pcrm-mono pcrm-muted">{r.related.customerNo}</span>
                    </Space>
                  </List.Item>
                )}
              />
            )}
            <h3 className="pcrm-subtitle">{t('customers.household')}</h3>
            {members.length === 0 ? (
              <p className="pcrm-muted">{t('customers.noHousehold')}</p>
            ) : (
              <List
                size="small"
                dataSource={members}
                renderItem={(m) => (
                  <List.Item>
                    <Space wrap>
                      <Link to={`/app/customers/${m.id}`}>{m.name}</Link>
                      <span className="pcrm-muted">{label('ageBand', m.ageBand)}</span>
                    </Space>
                  </List.Item>
                )}
              />
            )}
          </>
        )
      )}
    </Card>
  );
}
