import { Tag } from 'antd';
import { useI18n } from '../i18n';
import { isMessageKey, type MessageKey } from '../i18n/messages';
import { VOC_ENUMS, type VocEnum } from './enum-messages';

/** One VOC enum value in the user's language; a value the UI does not know shows as the API sent it. */
export function useVocLabel(): (kind: VocEnum, value: string | null | undefined) => string {
  const { t } = useI18n();
  return (kind, value) => {
    if (!value) return '—';
    const key = `vocEnum.${kind}.${value}`;
    return isMessageKey(key) ? t(key) : value;
  };
}

/** Select options of a VOC enum, labelled in the current language. */
export function vocOptions(
  kind: VocEnum,
  t: (key: MessageKey) => string,
): { value: string; label: string }[] {
  return VOC_ENUMS[kind].map((value) => ({ value, label: t(`vocEnum.${kind}.${value}` as MessageKey) }));
}

const DUE_CLASS: Record<string, string> = {
  ON_TRACK: 'pcrm-due-on-track',
  AT_RISK: 'pcrm-due-at-risk',
  OVERDUE: 'pcrm-due-overdue',
  DONE: 'pcrm-due-done',
};

/** The due state as a coloured tag that also says it in words (colour is never the only signal). */
export function DueTag({ state }: { state: string }) {
  const { t } = useI18n();
  const key = `voc.due.${state}`;
  return <Tag className={`pcrm-due-tag ${DUE_CLASS[state] ?? ''}`}>{isMessageKey(key) ? t(key) : state}</Tag>;
}
