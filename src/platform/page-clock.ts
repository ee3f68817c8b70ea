/**
 * The time the session clock reads: the wall clock at page load, moved on by the page's monotonic clock
 * (`performance.now`). A wall clock that jumps back or forward while the page is open (a manual change, a
 * network time correction) cannot freeze or skip a running session. When the page comes back into view after
 * being hidden, a wall clock that has moved further ahead re-anchors it: a laptop that slept keeps counting
 * (its monotonic clock stood still meanwhile), while a wall clock that went back is never followed.
 */
export function createPageClock(wall: () => number, monotonic: () => number) {
  let wallAtAnchor = wall();
  let monotonicAtAnchor = monotonic();
  const now = () => Math.round(wallAtAnchor + (monotonic() - monotonicAtAnchor));
  return {
    now,
    /** Follows the wall clock only when it is ahead. */
    catchUp() {
      const current = wall();
      if (current > now()) {
        wallAtAnchor = current;
        monotonicAtAnchor = monotonic();
      }
    },
  };
}

const clock = createPageClock(
  () => Date.now(),
  () => performance.now(),
);

if (typeof document !== 'undefined') {
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') clock.catchUp();
  });
}

export const pageNow = clock.now;
