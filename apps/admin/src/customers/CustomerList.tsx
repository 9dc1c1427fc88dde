import { FilterOutlined, PlusOutlined, ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Empty, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useAuth } from '../auth';
import { useDateFormat } from '../charts/format';
import { useI18n } from '../i18n';
import { LoadErrorAlert } from '../layout/LoadErrorAlert';
import { canManage, navEntry } from '../layout/nav';
import { PageHeader } from '../layout/PageHeader';
import {
  CUSTOMIZABLE,
  displayValue,
  fieldLabel,
  sortableType,
  useCustomFieldDefinitions,
} from '../customization/fields';
import { enumOptions } from './enums';
import {
  activeFilterCount,
  filtersFromParams,
  filtersToParams,
  toApiFilter,
  toApiSort,
  type ListFilters,
} from './filters';
import { KindTag, useEnumLabel } from './labels';
import { CUSTOMERS_PAGE_SIZE, CUSTOMERS_QUERY, type CustomerRow } from './queries';

/** The roles that hold `customer:personal:read` (libs/access/src/permissions.ts). */
const PERSONAL_READERS = ['manager', 'tenant-admin', 'integrator'];

/** The customer list: one search box (name, 초성, phone in any format or its last 4 digits, e-mail, number) and filters. */
export function CustomerList() {
  const { t, lang } = useI18n();
  const { session } = useAuth();
  const navigate = useNavigate();
  const label = useEnumLabel();
  const formatDate = useDateFormat();
  const mayWrite = canManage(navEntry('customers'), session?.roles ?? []);
  const [params, setParams] = useSearchParams();
  const paramsKey = params.toString();
  const applied = useMemo(() => filtersFromParams(new URLSearchParams(paramsKey)), [paramsKey]);
  const [draft, setDraft] = useState<ListFilters>(applied);
  const [showFilters, setShowFilters] = useState(activeFilterCount(applied) > 0);
  const [loadingMore, setLoadingMore] = useState(false);
  useEffect(() => setDraft(applied), [applied]);

  const filter = useMemo(() => toApiFilter(applied), [applied]);
  const sort = useMemo(() => toApiSort(applied), [applied]);
  const { data, previousData, loading, error, fetchMore, refetch } = useQuery(CUSTOMERS_QUERY, {
    variables: { first: CUSTOMERS_PAGE_SIZE, filter, sort },
  });
  const custom = useCustomFieldDefinitions(CUSTOMIZABLE.customer);
  // Personal-data fields order only for those who see them whole (the API refuses the others).
  const seesPersonal = (session?.roles ?? []).some((r) => PERSONAL_READERS.includes(r));
  const sortable = custom.definitions.filter(
    (d) => sortableType(d.type) && (!d.personalData || seesPersonal),
  );
  const sortedBy = sortable.find((d) => d.key === applied.sort);
  const connection = (data ?? previousData)?.customers;
  const rows = useMemo(() => connection?.edges.map((e) => e.node) ?? [], [connection]);
  const apply = (next: ListFilters) => setParams(filtersToParams(next), { replace: true });
  const filtersSet = activeFilterCount(applied);

  const loadMore = async () => {
    if (!connection?.pageInfo.hasNextPage) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: connection.pageInfo.endCursor } });
    } finally {
      setLoadingMore(false);
    }
  };

  const sortColumn: TableColumnsType<CustomerRow> = sortedBy
    ? [
        {
          title: fieldLabel(sortedBy, lang),
          dataIndex: 'sortValue',
          key: 'sortValue',
          width: 140,
          ellipsis: true,
          render: (v: unknown) =>
            displayValue(sortedBy, v, lang, { yes: t('cfields.value.yes'), no: t('cfields.value.no') }) ??
            '—',
        },
      ]
    : [];

  const columns: TableColumnsType<CustomerRow> = [
    {
      title: t('customers.col.name'),
      key: 'name',
      width: 150,
      ellipsis: true,
      render: (_, c) => (
        <Space vertical size={0} className="pcrm-cell-stack">
          <Link to={c.id} className="pcrm-ellipsis">
            {c.name}
          </Link>
          <span className="pcrm-mono pcrm-muted">{c.customerNo}</span>
        </Space>
      ),
    },
    {
      title: t('customers.col.kind'),
      key: 'kind',
      width: 110,
      // On a phone the sorted field's column takes the kind's place.
      ...(sortedBy ? { responsive: ['sm' as const] } : {}),
      render: (_, c) => (
        <Space vertical size={2}>
          <KindTag kind={c.kind} />
          {c.partyType === 'ORGANIZATION' && (
            <span className="pcrm-muted">{label('partyType', c.partyType)}</span>
          )}
        </Space>
      ),
    },
    {
      title: t('customers.col.phone'),
      dataIndex: 'primaryPhone',
      key: 'phone',
      width: 140,
      responsive: ['sm'],
      render: (p: string | null) => (p ? <span className="pcrm-mono">{p}</span> : '—'),
    },
    {
      title: t('customers.col.email'),
      dataIndex: 'primaryEmail',
      key: 'email',
      ellipsis: true,
      responsive: ['xl'],
      render: (m: string | null) => m ?? '—',
    },
    {
      title: t('customers.col.area'),
      dataIndex: 'area',
      key: 'area',
      ellipsis: true,
      responsive: ['md'],
      render: (a: string | null) => a || '—',
    },
    {
      title: t('customers.col.ageBand'),
      dataIndex: 'ageBand',
      key: 'ageBand',
      width: 90,
      responsive: ['lg'],
      render: (a: string) => label('ageBand', a),
    },
    {
      title: t('customers.col.tags'),
      dataIndex: 'tags',
      key: 'tags',
      responsive: ['lg'],
      render: (tags: string[]) =>
        tags.length ? (
          <Space size={[4, 4]} wrap>
            {tags.map((tag) => (
              <Tag key={tag}>{tag}</Tag>
            ))}
          </Space>
        ) : (
          '—'
        ),
    },
    {
      title: t('customers.col.lastContact'),
      dataIndex: 'lastContactAt',
      key: 'lastContactAt',
      width: 120,
      responsive: ['xl'],
      render: (at: unknown) => formatDate(at),
    },
  ];
  columns.splice(1, 0, ...sortColumn);

  const text = (
    key: 'sigungu' | 'eupmyeondong' | 'address',
    labelKey: 'customers.sigungu' | 'customers.eupmyeondong' | 'customers.addressWords',
    {
      width = 160,
      maxLength = 50,
      placeholder,
    }: { width?: number; maxLength?: number; placeholder?: string } = {},
  ) => (
    <div className="pcrm-filter-field">
      <label htmlFor={`customers-${key}`}>{t(labelKey)}</label>
      <Input
        id={`customers-${key}`}
        allowClear
        value={draft[key] ?? ''}
        maxLength={maxLength}
        placeholder={placeholder}
        onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
        style={{ width }}
      />
    </div>
  );
  const choice = (
    key: 'partyType' | 'consent' | 'ageBand',
    labelKey: 'customers.partyType' | 'customers.consent' | 'customers.ageBand',
    kind: 'partyType' | 'consent' | 'ageBand',
  ) => (
    <div className="pcrm-filter-field">
      <label htmlFor={`customers-${key}`}>{t(labelKey)}</label>
      <Select
        id={`customers-${key}`}
        allowClear
        value={draft[key]}
        placeholder={t('customers.any')}
        onChange={(v?: string) => setDraft({ ...draft, [key]: v })}
        options={enumOptions(kind, t)}
        style={{ width: 170 }}
      />
    </div>
  );

  return (
    <>
      <PageHeader
        title={t('customers.title')}
        description={t('customers.description')}
        extra={
          mayWrite && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => navigate('new')}>
              {t('customers.new')}
            </Button>
          )
        }
      />
      <Card className="pcrm-filter-card">
        <form
          role="search"
          aria-label={t('customers.searchLabel')}
          onSubmit={(e) => {
            e.preventDefault();
            apply(draft);
          }}
        >
          <div className="pcrm-filter-bar">
            <div className="pcrm-filter-field pcrm-customer-search">
              <label htmlFor="customers-q">{t('customers.search')}</label>
              <Input
                id="customers-q"
                allowClear
                value={draft.q ?? ''}
                placeholder={t('customers.searchPlaceholder')}
                prefix={<SearchOutlined aria-hidden />}
                maxLength={100}
                aria-describedby="customers-q-help"
                onChange={(e) => {
                  setDraft({ ...draft, q: e.target.value });
                  if (!e.target.value && applied.q) apply({ ...draft, q: undefined });
                }}
              />
              <span id="customers-q-help" className="pcrm-muted pcrm-help">
                {t('customers.searchHelp')}
              </span>
            </div>
            <Space className="pcrm-filter-actions" wrap>
              <Button type="primary" htmlType="submit" icon={<SearchOutlined aria-hidden />}>
                {t('customers.searchButton')}
              </Button>
              <Button
                icon={<FilterOutlined aria-hidden />}
                aria-expanded={showFilters}
                aria-controls="customers-filters"
                onClick={() => setShowFilters((s) => !s)}
              >
                {t('customers.filters')}
                {filtersSet > 0 && <Badge count={filtersSet} className="pcrm-filter-badge" />}
              </Button>
              <Button icon={<ReloadOutlined aria-hidden />} onClick={() => apply({ kinds: [], tags: [] })}>
                {t('customers.reset')}
              </Button>
            </Space>
          </div>
          <div id="customers-filters" className="pcrm-filter-bar pcrm-filter-more" hidden={!showFilters}>
            <div className="pcrm-filter-field">
              <label htmlFor="customers-kinds">{t('customers.kind')}</label>
              <Select
                id="customers-kinds"
                mode="multiple"
                allowClear
                value={draft.kinds}
                placeholder={t('customers.any')}
                onChange={(kinds: string[]) => setDraft({ ...draft, kinds })}
                options={enumOptions('kind', t)}
                style={{ minWidth: 200 }}
              />
            </div>
            {choice('partyType', 'customers.partyType', 'partyType')}
            {text('sigungu', 'customers.sigungu')}
            {text('eupmyeondong', 'customers.eupmyeondong')}
            {text('address', 'customers.addressWords', {
              width: 240,
              maxLength: 100,
              placeholder: t('customers.addressWordsPlaceholder'),
            })}
            <div className="pcrm-filter-field">
              <label htmlFor="customers-tags">{t('customers.tags')}</label>
              <Select
                id="customers-tags"
                mode="tags"
                open={false}
                suffixIcon={null}
                value={draft.tags}
                placeholder={t('customers.tagsPlaceholder')}
                onChange={(tags: string[]) => setDraft({ ...draft, tags })}
                style={{ minWidth: 200 }}
              />
            </div>
            {choice('consent', 'customers.consent', 'consent')}
            {choice('ageBand', 'customers.ageBand', 'ageBand')}
            {sortable.length > 0 && (
              <div className="pcrm-filter-field">
                <label htmlFor="customers-sort">{t('customers.sort')}</label>
                <Space.Compact>
                  <Select
                    id="customers-sort"
                    allowClear
                    showSearch
                    optionFilterProp="label"
                    value={draft.sort}
                    placeholder={t('customers.sortByName')}
                    onChange={(v?: string) => setDraft({ ...draft, sort: v })}
                    options={sortable.map((d) => ({ value: d.key, label: fieldLabel(d, lang) }))}
                    style={{ width: 180 }}
                  />
                  <Select
                    aria-label={t('customers.sortDirection')}
                    value={draft.descending ? 'desc' : 'asc'}
                    disabled={!draft.sort}
                    onChange={(v: string) => setDraft({ ...draft, descending: v === 'desc' })}
                    options={[
                      { value: 'asc', label: t('customers.sortAscending') },
                      { value: 'desc', label: t('customers.sortDescending') },
                    ]}
                    style={{ width: 120 }}
                  />
                </Space.Compact>
              </div>
            )}
          </div>
        </form>
      </Card>

      {error && <LoadErrorAlert error={error} onRetry={refetch} style={{ margin: '16px 0' }} />}

      <Card className="pcrm-table-card">
        <Table<CustomerRow>
          rowKey="id"
          columns={columns}
          dataSource={rows}
          loading={loading && !loadingMore}
          pagination={false}
          size="middle"
          tableLayout="fixed"
          data-testid="customers-table"
          locale={{
            emptyText: error ? (
              ' '
            ) : (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={applied.q || filtersSet ? t('customers.emptySearch') : t('customers.empty')}
              />
            ),
          }}
          title={() => (
            <Typography.Text className="pcrm-table-caption" aria-live="polite">
              {connection
                ? typeof connection.totalCount === 'number'
                  ? t('customers.count', {
                      total: connection.totalCount.toLocaleString(),
                      shown: rows.length,
                    })
                  : t('customers.shown', { shown: rows.length })
                : loading
                  ? t('common.loading')
                  : ''}
            </Typography.Text>
          )}
        />
        {connection?.pageInfo.hasNextPage && (
          <div className="pcrm-load-more">
            <Button onClick={() => void loadMore()} loading={loadingMore} size="large">
              {t('customers.more')}
            </Button>
          </div>
        )}
        <p className="pcrm-muted pcrm-mask-note">{t('customers.maskedNote')}</p>
      </Card>
    </>
  );
}
