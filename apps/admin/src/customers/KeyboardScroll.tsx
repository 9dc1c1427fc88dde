import type { ReactNode } from 'react';
import { useKeyboardScrollable } from '../jobs/useKeyboardScrollable';

/** Wraps a table that scrolls sideways so keyboard users can reach and scroll it (WCAG 2.1.1). */
export function KeyboardScroll({ label, children }: { label: string; children: ReactNode }) {
  const ref = useKeyboardScrollable<HTMLDivElement>(label);
  return <div ref={ref}>{children}</div>;
}
