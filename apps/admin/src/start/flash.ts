import { setFlash, takeFlash, type Flash } from '../auth/session';

/**
 * The start page reads its one-shot notice during render (React may render twice in development)
 * and clears it after mounting.
 */
let peeked: Flash | null | undefined;

export function peekFlashNotice(): Flash | null {
  if (peeked === undefined) {
    peeked = takeFlash();
    if (peeked) setFlash(peeked);
  }
  return peeked;
}

export function clearFlashNotice(): void {
  takeFlash();
  peeked = undefined;
}
