import type { TableColumnType } from 'antd';
import type { useI18n } from '../i18n';
import { days, pct } from './month-range';

interface ProcessingFigures {
  finished: number;
  averageDays?: number | null;
  previousAverageDays?: number | null;
  reductionRate?: number | null;
}

/** The processing-time columns both analyses show: finished, average days, a year earlier, the reduction. */
export function processingColumns<Row extends ProcessingFigures>(t: ReturnType<typeof useI18n>['t']) {
  const column = (c: TableColumnType<Row>): TableColumnType<Row> => ({ align: 'right', ...c });
  return {
    finished: column({ title: t('processing.col.finished'), dataIndex: 'finished', key: 'finished' }),
    average: column({
      title: t('processing.col.average'),
      key: 'avg',
      render: (_, r) => days(r.averageDays),
    }),
    previous: column({
      title: t('processing.col.previous'),
      key: 'prev',
      render: (_, r) => days(r.previousAverageDays),
    }),
    reduction: column({
      title: t('processing.col.reduction'),
      key: 'red',
      render: (_, r) => pct(r.reductionRate),
    }),
  };
}
