import { useEffect } from 'react';
import { loadSession } from './session';

/**
 * The browser's back/forward cache keeps a page alive, DOM and memory, when the user leaves it. After
 * logout the Back button would bring back a signed-in page (staff names, e-mails) as it was. When the
 * page is left without a session, hide it and drop `onSessionGone` (the API cache); if the browser
 * restores it anyway, load it afresh, which sends the user to the start page.
 */
export function useBackForwardGuard(onSessionGone: () => void): void {
  useEffect(() => {
    const root = document.getElementById('root');
    const onPageHide = () => {
      if (loadSession()) return;
      root?.setAttribute('hidden', '');
      onSessionGone();
    };
    const onPageShow = (event: PageTransitionEvent) => {
      if (!event.persisted) return;
      if (loadSession()) root?.removeAttribute('hidden');
      else window.location.reload();
    };
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('pageshow', onPageShow);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('pageshow', onPageShow);
    };
  }, [onSessionGone]);
}
