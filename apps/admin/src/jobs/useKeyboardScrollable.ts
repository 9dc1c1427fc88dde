import { useEffect, useRef } from 'react';

/**
 * Lets keyboard users scroll the table's own scroll box (antd renders it without a tab stop, and a
 * table without buttons, e.g. while every job runs, would otherwise be unreachable: WCAG 2.1.1).
 * Returns the ref for an element that wraps the table.
 */
export function useKeyboardScrollable<E extends HTMLElement>(label: string) {
  const ref = useRef<E>(null);
  useEffect(() => {
    for (const box of ref.current?.querySelectorAll<HTMLElement>('.ant-table-content, .ant-table-body') ??
      []) {
      box.tabIndex = 0;
      box.setAttribute('role', 'region');
      box.setAttribute('aria-label', label);
    }
  });
  return ref;
}
