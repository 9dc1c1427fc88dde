import { ArrowLeftOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Card, Descriptions, Empty, Skeleton, Space, Timeline } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useDateFormat } from '../charts/format';
import { CUSTOMIZABLE, CustomFieldsPanel } from '../customization/fields';
import { useI18n } from '../i18n';
import { LoadErrorAlert } from '../layout/LoadErrorAlert';
import { PageHeader } from '../layout/PageHeader';
import { useEnumLabel } from '../customers/labels';
import { DueTag, useVocLabel } from './labels';
import { UPDATE_VOC_CUSTOM_FIELDS, VOC_DETAIL_QUERY } from './queries';
import { VocActions } from './VocActions';
import { VocAttachments } from './VocAttachments';
import { VocNotices } from './VocNotices';
import { VocSurveySection } from '../petition-surveys/VocSurveySection';

/** 민원 상세: the case, its deadlines and its history; the lifecycle's actions and cooperating departments in the 처리 card. */
export function VocDetail() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const label = useVocLabel();
  const customerLabel = useEnumLabel();
  const formatDateTime = useDateFormat(true);
  const { data, loading, error, refetch } = useQuery(VOC_DETAIL_QUERY, { variables: { id } });
  const voc = data?.voc;
  const [updateCustomFields] = useMutation(UPDATE_VOC_CUSTOM_FIELDS);

  const back = (
    <Link to=".." relative="path" className="pcrm-back-link">
      <ArrowLeftOutlined aria-hidden /> {t('voc.detail.back')}
    </Link>
  );
  if (error) return <LoadErrorAlert error={error} onRetry={() => refetch()} />;
  if (loading && !voc) return <Skeleton active />;
  if (!voc)
    return (
      <>
        {back}
        <Empty description={t('voc.detail.notFound')} />
      </>
    );

  return (
    <>
      {back}
      <PageHeader
        title={voc.title}
        description={
          <Space wrap>
            <span className="pcrm-mono">{voc.receiptNo}</span>
            <span>{voc.statusLabel}</span>
            <DueTag state={voc.deadlines.state} />
          </Space>
        }
      />
      <div className="pcrm-voc-grid">
        <Space vertical size="middle" style={{ width: '100%' }}>
          <Card title={<h2 className="pcrm-card-title">{t('voc.detail.fields')}</h2>}>
            <Descriptions column={{ xs: 1, sm: 2 }} size="small">
              <Descriptions.Item label={t('voc.field.source')}>
                {label('source', voc.source)}
              </Descriptions.Item>
              <Descriptions.Item label={t('voc.field.channel')}>
                {customerLabel('channel', voc.channel)}
              </Descriptions.Item>
              <Descriptions.Item label={t('voc.field.kind')}>
                {label('kind', voc.kind)}
                {voc.periodVariant && ` · ${t(`voc.variant.${voc.periodVariant as 'PROCEDURE'}`)}`}
              </Descriptions.Item>
              <Descriptions.Item label={t('voc.field.handlingClass')}>
                {label('handlingClass', voc.handlingClass)}
              </Descriptions.Item>
              <Descriptions.Item label={t('voc.field.category')}>{voc.categoryName}</Descriptions.Item>
              <Descriptions.Item label={t('voc.field.receivedAt')}>
                {formatDateTime(voc.receivedAt)}
              </Descriptions.Item>
              <Descriptions.Item label={t('voc.col.department')}>
                {voc.department?.name ?? t('voc.detail.unassigned')}
                {voc.officer && ` · ${voc.officer.name}`}
              </Descriptions.Item>
              <Descriptions.Item label={t('voc.field.replyChannel')}>
                {label('replyChannel', voc.replyChannel)}
              </Descriptions.Item>
              <Descriptions.Item label={t('voc.field.requester')}>
                {voc.customerId ? (
                  <Link to={`/app/customers/${voc.customerId}`}>{t('voc.detail.customer')}</Link>
                ) : (
                  [voc.contact?.name, voc.contact?.phone, voc.contact?.email].filter(Boolean).join(' · ') ||
                  '—'
                )}
              </Descriptions.Item>
              <Descriptions.Item label={t('voc.field.location')}>
                {voc.location.address ?? '—'}
              </Descriptions.Item>
            </Descriptions>
            <h3 className="pcrm-filter-label">{t('voc.field.body')}</h3>
            <p className="pcrm-voc-body">{voc.body}</p>
            <CustomFieldsPanel
              entity={CUSTOMIZABLE.petition}
              values={voc.customFields}
              recordLabel={voc.receiptNo}
              editable
              save={(customFields) => updateCustomFields({ variables: { id: voc.id, customFields } })}
            />
          </Card>
          <Card title={<h2 className="pcrm-card-title">{t('voc.detail.timeline')}</h2>}>
            <Timeline
              items={voc.timeline.map((step) => ({
                key: step.seq,
                children: (
                  <Space vertical size={0}>
                    <strong>
                      {step.toStatus === step.fromStatus ? step.event : `${step.event} → ${step.toStatus}`}
                    </strong>
                    <span className="pcrm-muted">
                      {formatDateTime(step.occurredAt)} · {step.actor}
                    </span>
                    {step.comment && <span>{step.comment}</span>}
                  </Space>
                ),
              }))}
            />
          </Card>
          <VocAttachments vocId={voc.id} />
          <VocNotices vocId={voc.id} />
        </Space>
        <Space vertical size="middle" style={{ width: '100%' }}>
          <Card title={<h2 className="pcrm-card-title">{t('voc.detail.deadlines')}</h2>}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('voc.detail.state')}>
                <DueTag state={voc.deadlines.state} />
              </Descriptions.Item>
              <Descriptions.Item label={t('voc.preview.due')}>
                {formatDateTime(voc.deadlines.dueAt)}
              </Descriptions.Item>
              <Descriptions.Item label={t('voc.preview.target')}>
                {formatDateTime(voc.deadlines.targetDueAt)}
              </Descriptions.Item>
              <Descriptions.Item label={t('voc.field.kind')}>
                {voc.deadlines.periodValue}
                {t(`voc.unit.${voc.deadlines.periodUnit}`)}
              </Descriptions.Item>
            </Descriptions>
          </Card>
          <Card
            title={<h2 className="pcrm-card-title">{t('voc.detail.actions')}</h2>}
            data-testid="voc-actions"
          >
            <VocActions voc={voc} onChanged={() => refetch()} />
          </Card>
          <VocSurveySection voc={voc} />
        </Space>
      </div>
    </>
  );
}
