import { useQuery } from '@apollo/client/react';
import { Button, Card, Empty, Skeleton, Tag } from 'antd';
import { useState } from 'react';
import { useDateFormat } from '../charts/format';
import { graphql } from '../graphql/generated';
import type { CustomerContactsQuery } from '../graphql/generated/graphql';
import { useI18n } from '../i18n';
import { LoadErrorAlert } from '../layout/LoadErrorAlert';
import { useEnumLabel } from './labels';

export type ContactRow = NonNullable<CustomerContactsQuery['customer']>['contacts']['edges'][number]['node'];

/** The page size is a literal: the API prices a `first` given through a variable at its largest page. */
export const CUSTOMER_CONTACTS_QUERY = graphql(`
  query CustomerContacts($id: ID!, $after: String) {
    customer(id: $id) {
      id
      contacts(first: 20, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            channel
            direction
            occurredAt
            summary
            originCustomerId
            staff {
              id
              name
            }
            department {
              id
              name
            }
          }
        }
      }
    }
  }
`);

/** One timeline of contacts across channels, newest first, paged. */
export function Timeline({ customerId }: { customerId: string }) {
  const { t } = useI18n();
  const label = useEnumLabel();
  const formatTime = useDateFormat(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, loading, error, refetch, fetchMore } = useQuery(CUSTOMER_CONTACTS_QUERY, {
    variables: { id: customerId },
  });
  const connection = data?.customer?.contacts;
  const rows = connection?.edges.map((e) => e.node) ?? [];

  const loadMore = async () => {
    if (!connection?.pageInfo.hasNextPage) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: connection.pageInfo.endCursor } });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Card
      title={<h2 className="pcrm-card-title">{t('customers.timeline')}</h2>}
      extra={
        typeof connection?.totalCount === 'number' ? (
          <span className="pcrm-muted">{t('customers.contactsCount', { n: connection.totalCount })}</span>
        ) : null
      }
      className="pcrm-customer-timeline"
    >
      {error && <LoadErrorAlert error={error} onRetry={refetch} />}
      {loading && !connection ? (
        <Skeleton active aria-label={t('common.loading')} />
      ) : rows.length === 0 ? (
        !error && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('customers.noContacts')} />
      ) : (
        <ol className="pcrm-timeline" aria-label={t('customers.timeline')} data-testid="customer-timeline">
          {rows.map((contact) => (
            <li key={contact.id} className="pcrm-timeline-item">
              <div className="pcrm-timeline-head">
                <Tag className="pcrm-channel-tag">{label('channel', contact.channel)}</Tag>
                <span className="pcrm-muted">{label('direction', contact.direction)}</span>
                <time dateTime={String(contact.occurredAt)}>{formatTime(contact.occurredAt)}</time>
              </div>
              {contact.summary && <p className="pcrm-timeline-summary">{contact.summary}</p>}
              <div className="pcrm-muted pcrm-timeline-meta">
                {[contact.staff?.name, contact.department?.name].filter(Boolean).join(' · ')}
                {contact.originCustomerId && contact.originCustomerId !== customerId && (
                  <> · {t('customers.fromMerged')}</>
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
      {connection?.pageInfo.hasNextPage && (
        <div className="pcrm-load-more">
          <Button onClick={() => void loadMore()} loading={loadingMore}>
            {t('customers.moreContacts')}
          </Button>
        </div>
      )}
    </Card>
  );
}
