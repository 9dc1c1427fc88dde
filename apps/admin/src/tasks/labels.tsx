import { Progress } from 'antd';
import { useI18n } from '../i18n';
import { ToneTag, type Tone } from '../layout/ToneTag';

const STATUS_TONES: Record<string, Tone> = {
  PLANNING: 'neutral',
  IN_PROGRESS: 'warn',
  COMPLETED: 'good',
  IMPOSSIBLE: 'quiet',
};

/** A task's state, in the tenant's workflow label for the UI language. */
export function TaskStatusTag({
  status,
  labelKo,
  labelEn,
}: {
  status: string;
  labelKo: string;
  labelEn: string;
}) {
  const { lang } = useI18n();
  return <ToneTag tone={STATUS_TONES[status] ?? 'neutral'}>{lang === 'en' ? labelEn : labelKo}</ToneTag>;
}

/** 과제진행률 as a bar with its figure, named for screen readers. */
export function TaskProgress({ value }: { value: number }) {
  const { t } = useI18n();
  return (
    <Progress
      percent={value}
      size="small"
      format={(p) => `${p}%`}
      status="normal"
      aria-label={`${t('tasks.col.progress')} ${value}%`}
    />
  );
}
