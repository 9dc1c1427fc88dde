import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Descriptions, Skeleton, Space, Tag } from 'antd';
import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { can, Permission } from '@pcrm/access';
import { mayRun, useAuth } from '../auth';
import { useDateFormat } from '../charts/format';
import { CUSTOMIZABLE, CustomFieldsDetails, useCustomFieldDefinitions } from '../customization/fields';
import type { RevealableField } from '../graphql/generated/graphql';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/messages';
import { LoadErrorAlert } from '../layout/LoadErrorAlert';
import { PageHeader } from '../layout/PageHeader';
import { ConsentsCard } from './ConsentsCard';
import { KindTag, useEnumLabel } from './labels';
import { MergeButton } from './MergeButton';
import { CUSTOMER_QUERY, type CustomerDetail } from './queries';
import { RecordContactButton } from './RecordContactButton';
import { RelationsCard } from './RelationsCard';
import { MergedRecordsCard } from './MergedRecordsCard';
import { RevealButton } from './RevealButton';
import { Timeline } from './Timeline';
import { VulnerabilityCard } from './VulnerabilityCard';

export function BackToList() {
  const { t } = useI18n();
  return (
    <Link to="/app/customers" className="pcrm-back-link">
      <ArrowLeftOutlined aria-hidden /> {t('customers.back')}
    </Link>
  );
}

/** Customer 360: profile (masked per role, "보기" with a reason), timeline, consents, relations, household. */
export function Customer360() {
  const { id = '' } = useParams<{ id: string }>();
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(CUSTOMER_QUERY, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  if (error && !data) return <LoadErrorAlert error={error} onRetry={refetch} />;
  if (loading && !data)
    return (
      <Card>
        <Skeleton active aria-label={t('common.loading')} />
      </Card>
    );
  const customer = data?.customer;
  if (!customer)
    return (
      <>
        <BackToList />
        <PageHeader title={t('customers.notFoundTitle')} />
        <Alert type="warning" showIcon title={t('customers.notFound')} />
      </>
    );
  return <CustomerView customer={customer} />;
}

function CustomerView({ customer: c }: { customer: CustomerDetail }) {
  const { t } = useI18n();
  const { session } = useAuth();
  const navigate = useNavigate();
  const label = useEnumLabel();
  const formatDate = useDateFormat();
  const formatTime = useDateFormat(true);
  const roles = session?.roles ?? [];
  const mayWrite = mayRun(roles, 'updateCustomer') && c.status === 'ACTIVE';
  const mayReveal = mayRun(roles, 'revealCustomerField') && !can(roles, Permission.CustomerPersonalRead);
  /** Revealed values by field, or by field and item (`PHONE:<id>`) for one of several phones or e-mails. */
  const [revealed, setRevealed] = useState<Record<string, string>>({});
  const person = c.partyType === 'PERSON';
  const custom = useCustomFieldDefinitions(CUSTOMIZABLE.customer);

  /** A personal value as the API sent it (masked or not), or what the user revealed, with the "보기" action. */
  const personal = (
    field: RevealableField,
    labelKey: MessageKey,
    shown: ReactNode,
    hasValue: boolean,
    itemId?: string,
  ) => {
    const key = itemId ? `${field}:${itemId}` : field;
    return (
      <span className="pcrm-personal">
        <span data-testid={`customer-${key}`}>{revealed[key] ?? shown}</span>
        {revealed[key] !== undefined && (
          <Tag className="pcrm-revealed-tag">{t('customers.reveal.logged')}</Tag>
        )}
        {mayReveal && hasValue && revealed[key] === undefined && (
          <RevealButton
            customerId={c.id}
            field={field}
            itemId={itemId}
            fieldLabel={t(labelKey)}
            onRevealed={(value) => setRevealed((r) => ({ ...r, [key]: value }))}
          />
        )}
      </span>
    );
  };

  const a = c.address;
  const address = a
    ? [a.sido, a.sigungu, a.eupmyeondong, a.roadAddress || a.jibunAddress, a.buildingNo, a.addressDetail]
        .filter(Boolean)
        .join(' ') + (a.postalCode ? ` (${a.postalCode})` : '')
    : '';
  const items = [
    {
      key: 'no',
      label: t('customers.field.customerNo'),
      children: <span className="pcrm-mono">{c.customerNo}</span>,
    },
    { key: 'kind', label: t('customers.field.kind'), children: <KindTag kind={c.kind} /> },
    { key: 'party', label: t('customers.field.partyType'), children: label('partyType', c.partyType) },
    { key: 'status', label: t('customers.field.status'), children: label('status', c.status) },
    {
      key: 'name',
      label: t('customers.field.name'),
      children: personal('NAME', 'customers.field.name', c.name, true),
    },
    ...(person
      ? [
          {
            key: 'birth',
            label: t('customers.field.birthDate'),
            children: personal(
              'BIRTH_DATE',
              'customers.field.birthDate',
              c.birthDate ?? '—',
              Boolean(c.birthDate),
            ),
          },
          { key: 'sex', label: t('customers.field.sex'), children: label('sex', c.sex) },
        ]
      : [
          { key: 'bizno', label: t('customers.field.businessNo'), children: c.businessNo ?? '—' },
          {
            key: 'rep',
            label: t('customers.field.representativeName'),
            children: c.representativeName ?? '—',
          },
        ]),
    {
      key: 'phones',
      label: t('customers.field.phones'),
      children: c.phones.length ? (
        <span className="pcrm-value-list">
          {c.phones.map((p) => (
            <span key={p.id}>
              {personal(
                'PHONE',
                'customers.field.phones',
                <span className="pcrm-mono">{p.number}</span>,
                true,
                p.id,
              )}{' '}
              ({label('phoneKind', p.kind)}
              {p.isPrimary ? `, ${t('customers.primary')}` : ''})
            </span>
          ))}
        </span>
      ) : (
        '—'
      ),
    },
    {
      key: 'emails',
      label: t('customers.field.emails'),
      children: c.emails.length ? (
        <span className="pcrm-value-list">
          {c.emails.map((m) => (
            <span key={m.id}>
              {personal('EMAIL', 'customers.field.emails', m.address, true, m.id)}
              {m.isPrimary ? ` (${t('customers.primary')})` : ''}
            </span>
          ))}
        </span>
      ) : (
        '—'
      ),
    },
    {
      key: 'address',
      label: t('customers.field.address'),
      span: 2,
      children: personal('ADDRESS', 'customers.field.address', address || '—', Boolean(address)),
    },
    {
      key: 'tags',
      label: t('customers.field.tags'),
      children: c.tags.length ? (
        <Space size={[4, 4]} wrap>
          {c.tags.map((tag) => (
            <Tag key={tag}>{tag}</Tag>
          ))}
        </Space>
      ) : (
        '—'
      ),
    },
    { key: 'source', label: t('customers.field.source'), children: c.source ?? '—' },
    { key: 'lastContact', label: t('customers.field.lastContactAt'), children: formatTime(c.lastContactAt) },
    { key: 'created', label: t('customers.field.createdAt'), children: formatDate(c.createdAt) },
  ];

  return (
    <>
      <BackToList />
      <PageHeader
        title={c.name}
        description={t('customers.detailDescription', { no: c.customerNo })}
        extra={
          <Space wrap>
            {mayRun(roles, 'recordContact') && c.status === 'ACTIVE' && (
              <RecordContactButton customerId={c.id} />
            )}
            {mayRun(roles, 'mergeCustomers') && c.status === 'ACTIVE' && (
              <MergeButton survivorId={c.id} survivorNo={c.customerNo} />
            )}
            {mayWrite && (
              <Button icon={<EditOutlined aria-hidden />} onClick={() => navigate('edit')}>
                {t('customers.edit')}
              </Button>
            )}
          </Space>
        }
      />
      {c.status !== 'ACTIVE' && (
        <Alert
          type="info"
          showIcon
          title={t(c.status === 'MERGED' ? 'customers.mergedNote' : 'customers.anonymizedNote')}
          action={
            c.mergedIntoId ? (
              <Link to={`/app/customers/${c.mergedIntoId}`}>{t('customers.openSurvivor')}</Link>
            ) : null
          }
          style={{ marginBottom: 16 }}
        />
      )}
      <div className="pcrm-customer-grid">
        <Card
          title={<h2 className="pcrm-card-title">{t('customers.profile')}</h2>}
          className="pcrm-customer-profile"
        >
          <Descriptions
            column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 }}
            size="small"
            items={items}
            className="pcrm-detail"
          />
          <CustomFieldsDetails
            definitions={custom.definitions}
            values={c.customFields}
            error={custom.error}
          />
          {mayReveal && <p className="pcrm-muted pcrm-mask-note">{t('customers.maskedDetailNote')}</p>}
        </Card>
        <Timeline customerId={c.id} />
        <ConsentsCard customerId={c.id} mayWrite={mayRun(roles, 'grantConsent') && c.status === 'ACTIVE'} />
        {can(roles, Permission.CustomerSensitiveRead) && (
          <VulnerabilityCard
            customerId={c.id}
            mayWrite={mayRun(roles, 'setCustomerVulnerableGroups') && c.status === 'ACTIVE'}
          />
        )}
        <RelationsCard customerId={c.id} />
        <MergedRecordsCard customerId={c.id} />
      </div>
    </>
  );
}
