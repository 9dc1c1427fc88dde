import { EditOutlined } from '@ant-design/icons';
import { Button, type TableColumnsType, type TableProps } from 'antd';
import { RegionTable } from '../layout/RegionTable';

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
    <RegionTable<T>
      regionLabel={regionLabel}
      pagination={{ pageSize, hideOnSinglePage: true, showSizeChanger: false }}
      {...table}
    />
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
