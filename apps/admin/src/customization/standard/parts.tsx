import { Tag } from 'antd';
import type { ReactNode } from 'react';
import './standard.css';

export type Tone = 'neutral' | 'warn' | 'good' | 'bad';

/** A status tag in one of the screens' contrast-checked tones. */
export const ToneTag = ({ tone, children }: { tone: Tone; children: ReactNode }) => (
  <Tag className={`pcrm-std-tag-${tone}`}>{children}</Tag>
);
