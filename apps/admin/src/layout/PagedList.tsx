import { SearchOutlined } from '@ant-design/icons';
import { Empty, Input, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ComponentProps, ReactNode } from 'react';
import { LoadMore } from '../customers/LoadMore';
import { LoadErrorAlert } from './LoadErrorAlert';

/** A list's free-text search: typed into `draft`, applied (trimmed) on Enter or the button. */
export function ListSearch({
  label,
  draft,
  onDraft,
  onSearch,
}: {
  label: string;
  draft: string;
  onDraft(value: string): void;
  onSearch(trimmed: string): void;
}) {
  return (
    <Input.Search
      aria-label={label}
      placeholder={label}
      value={draft}
      allowClear
      enterButton={<SearchOutlined aria-label={label} />}
      onChange={(e) => onDraft(e.target.value)}
      onSearch={(value) => onSearch(value.trim())}
      style={{ maxWidth: 320 }}
    />
  );
}

/**
 * A Relay-paged list as a table: its load error with a retry, the rows loaded so far (a spinner only until the
 * first page) and "더 보기" for the next page.
 */
export function PagedTable<Row extends { id: string }>({
  error,
  onRetry,
  columns,
  rows,
  loading,
  empty,
  pageInfo,
  fetchMore,
  more,
}: {
  error: unknown;
  onRetry(): void;
  columns: ColumnsType<Row>;
  rows: Row[];
  loading: boolean;
  empty: ReactNode;
  pageInfo: ComponentProps<typeof LoadMore>['pageInfo'];
  fetchMore: ComponentProps<typeof LoadMore>['fetchMore'];
  more: ReactNode;
}) {
  return (
    <>
      {error ? <LoadErrorAlert error={error} onRetry={onRetry} /> : null}
      <Table<Row>
        rowKey="id"
        columns={columns}
        dataSource={rows}
        loading={loading}
        pagination={false}
        size="middle"
        locale={{ emptyText: <Empty description={empty} /> }}
      />
      <LoadMore pageInfo={pageInfo} fetchMore={fetchMore}>
        {more}
      </LoadMore>
    </>
  );
}
