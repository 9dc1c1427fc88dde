import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, List, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { useDateFormat } from '../charts/format';
import { errorMessage } from '../graphql';
import { useI18n } from '../i18n';
import { MARK_VOC_ALERT_READ, MY_VOC_ALERTS_QUERY } from './queries';

/** The officer's unread due-date alerts (목표기한 지남, 기한 초과) with 읽음; hidden when there are none. */
export function VocAlerts() {
  const { t, lang } = useI18n();
  const formatDateTime = useDateFormat(true);
  const { data, error, refetch } = useQuery(MY_VOC_ALERTS_QUERY, { fetchPolicy: 'cache-and-network' });
  const [markRead, marked] = useMutation(MARK_VOC_ALERT_READ);
  const alerts = data?.myVocAlerts ?? [];
  if (!error && alerts.length === 0) return null;

  return (
    <Card
      title={<h2 className="pcrm-card-title">{t('voc.alerts.title')}</h2>}
      data-testid="voc-alerts"
      style={{ marginBottom: 16 }}
    >
      {(error ?? marked.error) && (
        <Alert type="error" showIcon role="alert" title={errorMessage(error ?? marked.error, lang)} />
      )}
      <List
        dataSource={alerts}
        renderItem={(a) => (
          <List.Item
            actions={[
              <Button
                key="read"
                size="small"
                loading={marked.loading}
                aria-label={`${t('voc.alerts.read')}: ${a.receiptNo}`}
                onClick={() => void markRead({ variables: { id: a.id } }).then(() => refetch())}
              >
                {t('voc.alerts.read')}
              </Button>,
            ]}
          >
            <span>
              <Tag color={a.kind === 'OVERDUE' ? 'red' : 'orange'}>
                {t(a.kind === 'OVERDUE' ? 'voc.alerts.kind.OVERDUE' : 'voc.alerts.kind.AT_RISK')}
              </Tag>
              <Link to={a.vocId}>{a.title}</Link>{' '}
              <span className="pcrm-muted">
                {a.receiptNo} · {t('voc.alerts.due', { due: formatDateTime(a.dueAt) })}
              </span>
            </span>
          </List.Item>
        )}
      />
    </Card>
  );
}
