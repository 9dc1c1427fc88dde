import { Button } from 'antd';
import { useState, type ReactNode } from 'react';

/** "더 보기" under a Relay-paged list: fetches the page after `endCursor` while showing its progress. */
export function LoadMore({
  pageInfo,
  fetchMore,
  children,
}: {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null } | undefined;
  fetchMore(options: { variables: { after: string | null } }): Promise<unknown>;
  children: ReactNode;
}) {
  const [loading, setLoading] = useState(false);
  if (!pageInfo?.hasNextPage) return null;
  const more = async () => {
    setLoading(true);
    try {
      await fetchMore({ variables: { after: pageInfo.endCursor ?? null } });
    } finally {
      setLoading(false);
    }
  };
  return (
    <div className="pcrm-load-more">
      <Button onClick={() => void more()} loading={loading}>
        {children}
      </Button>
    </div>
  );
}
