/**
 * Login throttling rule: after `maxFailures` failures within `windowMinutes`, the key (an account's
 * email or a client IP) is blocked for `blockMinutes`. Pure so that the same rule is tested alone and
 * applied to the state kept in PostgreSQL (several app instances share it).
 */
export type ThrottleState = { failures: number; windowStart: Date; blockedUntil: Date | null };
export type ThrottleLimits = { maxFailures: number; windowMinutes: number; blockMinutes: number };

export const LIMITE_COMPTE: ThrottleLimits = { maxFailures: 5, windowMinutes: 15, blockMinutes: 15 };
export const LIMITE_IP: ThrottleLimits = { maxFailures: 30, windowMinutes: 15, blockMinutes: 15 };

const MINUTE = 60_000;

export function isBlocked(state: ThrottleState | null, now: Date): boolean {
  return state?.blockedUntil != null && state.blockedUntil.getTime() > now.getTime();
}

export function recordFailure(state: ThrottleState | null, now: Date, limits: ThrottleLimits): ThrottleState {
  const windowOpen = state !== null && now.getTime() - state.windowStart.getTime() < limits.windowMinutes * MINUTE;
  const failures = windowOpen ? state.failures + 1 : 1;
  const windowStart = windowOpen ? state.windowStart : now;
  const blockedUntil =
    failures >= limits.maxFailures ? new Date(now.getTime() + limits.blockMinutes * MINUTE) : windowOpen ? state.blockedUntil : null;
  return { failures, windowStart, blockedUntil };
}
