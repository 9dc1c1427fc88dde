import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { mayRun } from '../../auth/roles';
import { terminologyOverrides, useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n/messages';
import { NAV_ENTRIES } from '../../layout/nav';
import { TERMINOLOGY_QUERY } from './queries';

const MENU_LABEL_KEYS: Readonly<Record<string, MessageKey>> = Object.fromEntries(
  NAV_ENTRIES.map((e) => [e.key, e.labelKey]),
);

/**
 * Puts the signed-in user's tenant terminology over the UI texts for as long as the shell is shown: one
 * small query, answered from the client cache after the first time and refreshed when an admin saves.
 */
export function useTenantTerminology(roles: readonly string[]): void {
  const { setOverrides } = useI18n();
  const allowed = mayRun(roles, 'terminology');
  const { data } = useQuery(TERMINOLOGY_QUERY, { skip: !allowed, fetchPolicy: 'cache-first' });
  const terms = data?.terminology.terms;
  useEffect(() => {
    setOverrides(terms ? terminologyOverrides(terms, MENU_LABEL_KEYS) : {});
  }, [terms, setOverrides]);
  useEffect(() => () => setOverrides({}), [setOverrides]);
}
