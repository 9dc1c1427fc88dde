import { useQuery } from '@apollo/client/react';
import { ReportLoading } from '../layout';
import { Card, Descriptions, Select, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import { useDateFormat } from '../charts/format';
import { KeyboardScroll } from '../customers/KeyboardScroll';
import '../customers/screens.css';
import './analytics.css';
import type {
  HandlingClass,
  RepeatPetitionsQuery,
  RepeatStatsFieldsFragment,
} from '../graphql/generated/graphql';
import { useI18n, type MessageKey } from '../i18n';
import { PageHeader } from '../layout/PageHeader';
import { MonthRangeFilter, pct, useMonthRange } from './month-range';
import { REPEAT_PETITIONS_QUERY } from './queries';

type Petitioner = RepeatPetitionsQuery['repeatPetitions']['top'][number];
type Point = RepeatPetitionsQuery['repeatPetitions']['overall']['concentration'][number];
const CLASSES: readonly HandlingClass[] = [
  'SIMPLE_FORM',
  'SIMPLE_CONSULT',
  'COMPLEX',
  'PERIODIC',
  'LONG_TERM',
];

/** Repeat and chronic petitioners (Busan: 36 % of petitioners filed 73 % of petitions), overall and per class. */
export function RepeatPetitionsPage() {
  const { t } = useI18n();
  const range = useMonthRange();
  const topClass = (CLASSES as string[]).includes(range.params.get('class') ?? '')
    ? (range.params.get('class') as HandlingClass)
    : null;
  const { data, previousData, loading, error, refetch } = useQuery(REPEAT_PETITIONS_QUERY, {
    variables: { from: range.from, to: range.to, handlingClass: topClass, top: 20 },
    skip: !range.valid,
  });
  const report = (data ?? previousData)?.repeatPetitions;
  const formatDate = useDateFormat();
  const className = (c: string | null | undefined) => (c ? t(`analytics.class.${c}` as MessageKey) : '');

  const pointColumns: TableColumnsType<Point> = [
    { title: t('repeat.col.top'), key: 'top', render: (_, p) => pct(p.topShare) },
    { title: t('repeat.col.people'), dataIndex: 'petitioners', key: 'people', align: 'right' },
    { title: t('repeat.col.share'), key: 'share', align: 'right', render: (_, p) => pct(p.petitionShare) },
  ];
  const classColumns: TableColumnsType<RepeatStatsFieldsFragment> = [
    { title: t('repeat.col.class'), key: 'class', render: (_, s) => className(s.handlingClass) },
    { title: t('repeat.petitioners'), dataIndex: 'petitioners', key: 'people', align: 'right' },
    { title: t('repeat.petitions'), dataIndex: 'petitions', key: 'petitions', align: 'right' },
    { title: t('repeat.col.repeatShare'), key: 'rs', align: 'right', render: (_, s) => pct(s.repeatShare) },
    {
      title: t('repeat.col.repeatPetitionShare'),
      key: 'rps',
      align: 'right',
      render: (_, s) => pct(s.repeatPetitionShare),
    },
    { title: t('repeat.col.chronic'), dataIndex: 'chronicPetitioners', key: 'chronic', align: 'right' },
  ];
  const topColumns: TableColumnsType<Petitioner> = [
    {
      title: t('repeat.col.customer'),
      key: 'name',
      render: (_, p) => <Link to={`/app/customers/${p.id}`}>{p.name}</Link>,
    },
    { title: t('repeat.col.customerNo'), dataIndex: 'customerNo', key: 'no', align: 'right' },
    { title: t('repeat.col.count'), dataIndex: 'petitions', key: 'count', align: 'right' },
    { title: t('repeat.col.open'), dataIndex: 'open', key: 'open', align: 'right' },
    { title: t('repeat.col.last'), key: 'last', render: (_, p) => formatDate(p.lastReceivedAt) },
    { title: t('repeat.col.classes'), key: 'classes', render: (_, p) => p.classes.map(className).join(', ') },
  ];

  return (
    <>
      <PageHeader title={t('repeat.title')} description={t('repeat.description')} />
      <MonthRangeFilter range={range} idPrefix="repeat" />
      <ReportLoading error={error} loading={loading && !report} onRetry={refetch} />
      {report && (
        <>
          <Card className="pcrm-table-card">
            <p className="pcrm-repeat-headline">
              {t('repeat.headline', {
                people: report.overall.petitioners,
                repeatShare: pct(report.overall.repeatShare),
                petitionShare: pct(report.overall.repeatPetitionShare),
              })}
            </p>
            <Descriptions size="small" column={{ xs: 1, sm: 2, md: 3 }} bordered>
              <Descriptions.Item label={t('repeat.petitioners')}>
                {report.overall.petitioners}
              </Descriptions.Item>
              <Descriptions.Item label={t('repeat.petitions')}>{report.overall.petitions}</Descriptions.Item>
              <Descriptions.Item label={t('repeat.anonymous')}>{report.anonymousPetitions}</Descriptions.Item>
              <Descriptions.Item label={t('repeat.repeatPetitioners')}>
                {`${report.overall.repeatPetitioners} (${pct(report.overall.repeatPetitionShare)})`}
              </Descriptions.Item>
              <Descriptions.Item label={t('repeat.chronicPetitioners')}>
                {`${report.overall.chronicPetitioners} (${pct(report.overall.chronicPetitionShare)})`}
              </Descriptions.Item>
            </Descriptions>
          </Card>
          <Card
            className="pcrm-table-card"
            title={<h2 className="pcrm-card-title">{t('repeat.concentration')}</h2>}
          >
            <KeyboardScroll label={t('repeat.concentration')}>
              <Table<Point>
                rowKey="topShare"
                columns={pointColumns}
                dataSource={report.overall.concentration}
                pagination={false}
                size="small"
                scroll={{ x: 'max-content' }}
              />
            </KeyboardScroll>
          </Card>
          <Card
            className="pcrm-table-card"
            title={<h2 className="pcrm-card-title">{t('repeat.byClass')}</h2>}
          >
            <KeyboardScroll label={t('repeat.byClass')}>
              <Table<RepeatStatsFieldsFragment>
                rowKey={(s) => s.handlingClass ?? 'all'}
                columns={classColumns}
                dataSource={report.byClass}
                pagination={false}
                size="small"
                scroll={{ x: 'max-content' }}
              />
            </KeyboardScroll>
          </Card>
          <Card
            className="pcrm-table-card"
            title={<h2 className="pcrm-card-title">{t('repeat.top')}</h2>}
            extra={
              <Select<HandlingClass | 'ALL'>
                aria-label={t('repeat.topClass')}
                value={topClass ?? 'ALL'}
                style={{ width: 150 }}
                onChange={(v) => range.setParam({ class: v === 'ALL' ? undefined : v })}
                options={[
                  { value: 'ALL', label: t('repeat.allClasses') },
                  ...CLASSES.map((c) => ({ value: c, label: className(c) })),
                ]}
              />
            }
          >
            <KeyboardScroll label={t('repeat.top')}>
              <Table<Petitioner>
                rowKey="id"
                columns={topColumns}
                dataSource={report.top}
                pagination={false}
                size="small"
                scroll={{ x: 'max-content' }}
              />
            </KeyboardScroll>
          </Card>
        </>
      )}
    </>
  );
}
