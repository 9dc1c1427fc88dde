import { Table, type TableProps } from 'antd';
import './region-table.css';

/**
 * A table inside a focusable, labelled region that scrolls sideways on a phone (axe:
 * scrollable-region-focusable); small and unpaged unless told otherwise.
 */
export function RegionTable<T extends object>({
  regionLabel,
  regionClassName,
  ...table
}: TableProps<T> & { regionLabel: string; regionClassName?: string }) {
  return (
    <div
      className={regionClassName ? `pcrm-scroll-x ${regionClassName}` : 'pcrm-scroll-x'}
      tabIndex={0}
      role="region"
      aria-label={regionLabel}
    >
      <Table<T> size="small" pagination={false} {...table} />
    </div>
  );
}
