import { Spin } from 'antd';
import { LoadErrorAlert } from './LoadErrorAlert';

/** A report screen before its first answer: the load error with a retry, or a spinner while `loading`. */
export function ReportLoading({
  error,
  loading,
  onRetry,
}: {
  error: unknown;
  loading: boolean;
  onRetry: () => unknown;
}) {
  return (
    <>
      {error ? <LoadErrorAlert error={error} onRetry={onRetry} /> : null}
      {loading && (
        <div className="pcrm-page-loading">
          <Spin />
        </div>
      )}
    </>
  );
}
