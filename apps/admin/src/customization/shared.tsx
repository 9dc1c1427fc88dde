import { Alert, Button, Card, List } from 'antd';
import { useI18n } from '../i18n';
import { errorCode, errorMessage } from '../graphql';

/** A change's time (a DateTime scalar: ISO text) in the UI language. */
export function useWhen(): (iso: unknown) => string {
  const { lang } = useI18n();
  return (iso) =>
    typeof iso === 'string' ? new Date(iso).toLocaleString(lang === 'ko' ? 'ko-KR' : 'en-GB') : '—';
}

/** Someone saved first: say so and offer to reload. */
export function ConflictAlert({ text, onReload }: { text: string; onReload: () => void }) {
  const { t } = useI18n();
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      title={text}
      action={
        <Button size="small" onClick={onReload}>
          {t('terms.reload')}
        </Button>
      }
      style={{ marginBottom: 12 }}
    />
  );
}

/** What went wrong with the last save: a version conflict (offering a reload) or the server's own message. */
export function SaveProblem({
  problem,
  conflictText,
  onReload,
}: {
  problem: unknown;
  conflictText: string;
  onReload: () => void;
}) {
  const { lang } = useI18n();
  if (!problem) return null;
  if (errorCode(problem) === 'CONFLICT') return <ConflictAlert text={conflictText} onReload={onReload} />;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={errorMessage(problem, lang)}
      style={{ marginBottom: 12 }}
    />
  );
}

interface ChangeItem {
  version: number;
  changedBy: string;
  changedAt: unknown;
}

/** The latest versions of a customization area: who changed it and when. */
export function ChangeHistory({ changes }: { changes: readonly ChangeItem[] }) {
  const { t } = useI18n();
  const when = useWhen();
  return (
    <Card title={<h2 className="pcrm-card-title">{t('terms.history')}</h2>} style={{ marginTop: 16 }}>
      {changes.length ? (
        <List
          size="small"
          dataSource={[...changes]}
          renderItem={(c) => (
            <List.Item>
              {t('terms.historyItem', { version: c.version, who: c.changedBy, when: when(c.changedAt) })}
            </List.Item>
          )}
        />
      ) : (
        <p className="pcrm-muted">{t('terms.historyEmpty')}</p>
      )}
    </Card>
  );
}
