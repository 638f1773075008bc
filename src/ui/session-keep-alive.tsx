'use client';
import { useEffect } from 'react';

/** Renewing more often would not help: a session lives 30 minutes after its last renewal. */
export const INTERVALLE_RENOUVELLEMENT_MS = 5 * 60_000;
const CLE = 'sillage:session-renouvelee';

/**
 * Keeps the session alive while the user is active, and only then: on a key press or a click
 * (at most once every 5 minutes), asks next-auth for the session, which re-issues its cookie.
 * An idle tab therefore expires after the configured inactivity (src/server/auth.ts).
 */
export function SessionKeepAlive() {
  useEffect(() => {
    const dernier = () => Number(window.sessionStorage.getItem(CLE) ?? 0);
    const onActivity = (event: Event) => {
      // Signing out must not race a renewal that would re-issue the cookie sign-out deletes.
      if (event.target instanceof Element && event.target.closest('[data-sans-renouvellement]')) return;
      const now = Date.now();
      if (now - dernier() < INTERVALLE_RENOUVELLEMENT_MS) return;
      window.sessionStorage.setItem(CLE, String(now));
      void fetch('/api/auth/session', { credentials: 'same-origin', cache: 'no-store' }).catch(() => {
        // Offline: the next activity will try again.
        window.sessionStorage.removeItem(CLE);
      });
    };
    window.addEventListener('keydown', onActivity, { passive: true });
    window.addEventListener('click', onActivity, { passive: true });
    return () => {
      window.removeEventListener('keydown', onActivity);
      window.removeEventListener('click', onActivity);
    };
  }, []);
  return null;
}
