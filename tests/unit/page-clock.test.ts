import { expect, it } from 'vitest';
import { sessionViewAt } from '../../src/domain/session-timer';
import { pausedClock, resumedClock, startedClock } from '../../src/domain/session-timer';
import { createPageClock } from '../../src/platform/page-clock';

const minute = 60_000;

it('survives the stuck-timer case: clock back 2 h at minute 5, pause, clock corrected, resume', () => {
  let wall = Date.UTC(2026, 10, 26, 9);
  let monotonic = 1_000;
  const clock = createPageClock(
    () => wall,
    () => monotonic,
  );
  const tick = (ms: number) => {
    wall += ms;
    monotonic += ms;
  };
  let session = startedClock(clock.now());
  tick(5 * minute);
  wall -= 2 * 60 * minute; // the device clock jumps back two hours
  session = pausedClock(session, clock.now());
  tick(minute);
  wall += 2 * 60 * minute; // and is corrected
  clock.catchUp();
  session = resumedClock(session, clock.now());
  tick(30_000);
  const view = sessionViewAt(session, clock.now());
  expect(view.positionMs).toBe(5 * minute + 30_000);
  expect(session.pausedMs).toBe(minute);
});

it('follows a wall clock that moved ahead (a laptop that slept) but never one that went back', () => {
  let wall = 1_000_000;
  let monotonic = 0;
  const clock = createPageClock(
    () => wall,
    () => monotonic,
  );
  wall += 10 * minute; // asleep: the monotonic clock stood still
  clock.catchUp();
  expect(clock.now()).toBe(1_000_000 + 10 * minute);
  wall -= 60 * minute;
  clock.catchUp();
  monotonic += 1_000;
  expect(clock.now()).toBe(1_000_000 + 10 * minute + 1_000);
});
