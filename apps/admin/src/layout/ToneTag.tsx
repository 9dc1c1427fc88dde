import { Tag } from 'antd';
import type { ReactNode } from 'react';
import './tone-tag.css';

export type Tone = 'quiet' | 'neutral' | 'warn' | 'good' | 'bad';

/** A status tag in one of the contrast-checked tones every screen shares. */
export const ToneTag = ({ tone, children }: { tone: Tone; children: ReactNode }) => (
  <Tag className={`pcrm-tone-${tone}`}>{children}</Tag>
);
