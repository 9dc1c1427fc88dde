import { EditOutlined } from '@ant-design/icons';
import { Button, Table, type TableColumnsType, type TableProps } from 'antd';
import './settings-table.css';

/**
 * A settings table inside a focusable, labelled region that scrolls sideways on a phone (axe:
 * scrollable-region-focusable), one page at a time of `pageSize` rows.
 */
export function SettingsTable<T extends object>({
  regionLabel,
  pageSize,
  ...table
}: TableProps<T> & { regionLabel: string; pageSize: number }) {
  return (
    <div className="pcrm-scroll-x pcrm-settings-table" tabIndex={0} role="region" aria-label={regionLabel}>
      <Table<T>
        size="small"
        pagination={{ pageSize, hideOnSinglePage: true, showSizeChanger: false }}
        {...table}
      />
    </div>
  );
}

/** The 수정 column of a settings table, or no column when the user may not edit. */
export function editColumn<T>(
  show: boolean,
  title: string,
  labelOf: (row: T) => string,
  onEdit: (row: T) => void,
): TableColumnsType<T> {
  if (!show) return [];
  return [
    {
      title,
      key: 'edit',
      render: (_: unknown, row: T) => (
        <Button
          size="small"
          icon={<EditOutlined aria-hidden />}
          aria-label={labelOf(row)}
          onClick={() => onEdit(row)}
        >
          {title}
        </Button>
      ),
    },
  ];
}
