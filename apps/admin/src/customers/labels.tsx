import { Tag } from 'antd';
import { useI18n } from '../i18n';
import { isMessageKey } from '../i18n/messages';
import type { CustomerEnum } from './enums';

/** One enum value in the user's language; a value the UI does not know yet shows as the API sent it. */
export function useEnumLabel(): (kind: CustomerEnum, value: string | null | undefined) => string {
  const { t } = useI18n();
  return (kind, value) => {
    if (!value) return '—';
    const key = `customerEnum.${kind}.${value}`;
    return isMessageKey(key) ? t(key) : value;
  };
}

const KIND_CLASS: Record<string, string> = {
  CURRENT: 'pcrm-kind-current',
  ACQUIRED: 'pcrm-kind-acquired',
  POLICY: 'pcrm-kind-policy',
};

/** 현업/입수/정책 as a tag with its own colour (text contrast ≥ 4.5:1). */
export function KindTag({ kind }: { kind: string }) {
  const label = useEnumLabel();
  return <Tag className={`pcrm-kind-tag ${KIND_CLASS[kind] ?? ''}`}>{label('kind', kind)}</Tag>;
}
