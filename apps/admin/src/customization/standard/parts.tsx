import { Tag } from 'antd';
import type { ReactNode } from 'react';
import './standard.css';

export type Tone = 'neutral' | 'warn' | 'good' | 'bad';

/** A status tag in one of the screens' contrast-checked tones. */
export const ToneTag = ({ tone, children }: { tone: Tone; children: ReactNode }) => (
  <Tag className={`pcrm-std-tag-${tone}`}>{children}</Tag>
);

/** A table that scrolls sideways on a phone inside a focusable, labelled region (axe: scrollable-region-focusable). */
export const ScrollRegion = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="pcrm-scroll-x pcrm-std-table" tabIndex={0} role="region" aria-label={label}>
    {children}
  </div>
);
