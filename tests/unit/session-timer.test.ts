import { describe, expect, it } from 'vitest';
import {
  endedClock,
  formatCountdown,
  hasReachedEnd,
  movedClock,
  msUntilNextChange,
  pausedClock,
  phaseFill,
  phaseIndexAt,
  positionMsAt,
  resumedClock,
  sessionViewAt,
  startedClock,
  studiedMsAt,
} from '../../src/domain/session-timer';

const minute = 60_000;
const t0 = Date.UTC(2026, 10, 26, 9, 0);

describe('phaseIndexAt', () => {
  it('puts each minute in its seed phase', () => {
    expect([0, 9.99, 10, 19, 20, 39, 40, 49, 50, 59.99, 60].map((m) => phaseIndexAt(m * minute))).toEqual([
      0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 4,
    ]);
  });
});

describe('sessionViewAt', () => {
  it('reads phase 2 with 8:00 left twelve minutes in', () => {
    const view = sessionViewAt(startedClock(t0), t0 + 12 * minute);
    expect(view.phaseIndex).toBe(1);
    expect(view.phaseId).toBe('boundary');
    expect(formatCountdown(view.phaseLeftMs)).toBe('8:00');
    expect(formatCountdown(view.sessionLeftMs)).toBe('48:00');
  });

  it('gives the same answer after hours of sleep as a reload would: the end, never past it', () => {
    const view = sessionViewAt(startedClock(t0), t0 + 5 * 60 * minute);
    expect(view.atEnd).toBe(true);
    expect(view.sessionLeftMs).toBe(0);
    expect(view.phaseIndex).toBe(4);
  });

  it('clamps at zero when the clock jumps back before the start', () => {
    const view = sessionViewAt(startedClock(t0), t0 - 30 * minute);
    expect(view.positionMs).toBe(0);
    expect(view.phaseLeftMs).toBe(10 * minute);
    expect(studiedMsAt(startedClock(t0), t0 - 30 * minute)).toBe(0);
  });
});

describe('pauses', () => {
  it('stand still while paused and lose no study time on resume', () => {
    const paused = pausedClock(startedClock(t0), t0 + 12 * minute);
    expect(positionMsAt(paused, t0 + 17 * minute)).toBe(12 * minute);
    const resumed = resumedClock(paused, t0 + 17 * minute);
    expect(positionMsAt(resumed, t0 + 17 * minute)).toBe(12 * minute);
    expect(positionMsAt(resumed, t0 + 20 * minute)).toBe(15 * minute);
    expect(studiedMsAt(resumed, t0 + 20 * minute)).toBe(15 * minute);
  });

  it('resume where they stopped even when the clock jumped back during the pause', () => {
    const paused = pausedClock(startedClock(t0), t0 + 12 * minute);
    const resumed = resumedClock(paused, t0 + 2 * minute);
    expect(positionMsAt(resumed, t0 + 2 * minute)).toBe(12 * minute);
    expect(positionMsAt(resumed, t0 + 3 * minute)).toBe(13 * minute);
  });

  it('resume where they were shown, not stuck at 60:00, after a pause taken while the clock stood before the start', () => {
    // Running from t0; the wall clock went back two hours and the page reloaded: it shows minute 0.
    const paused = pausedClock(startedClock(t0), t0 - 115 * minute);
    expect(positionMsAt(paused, t0 - 110 * minute)).toBe(0);
    // The clock is put right, the page catches up, the learner resumes.
    const resumed = resumedClock(paused, t0 + 10 * minute);
    expect(positionMsAt(resumed, t0 + 10 * minute)).toBe(0);
    expect(positionMsAt(resumed, t0 + 15 * minute)).toBe(5 * minute);
    expect(studiedMsAt(resumed, t0 + 15 * minute)).toBe(5 * minute);
  });

  it('ignore a pause of a session that is not running', () => {
    const paused = pausedClock(startedClock(t0), t0 + minute);
    expect(pausedClock(paused, t0 + 2 * minute)).toBe(paused);
    expect(resumedClock(startedClock(t0), t0)).toEqual(startedClock(t0));
  });
});

describe('phase moves', () => {
  it('jump to the next phase start without counting as study', () => {
    const moved = movedClock(startedClock(t0), 1, t0 + 3 * minute);
    expect(sessionViewAt(moved, t0 + 3 * minute).phaseIndex).toBe(1);
    expect(positionMsAt(moved, t0 + 3 * minute)).toBe(10 * minute);
    expect(studiedMsAt(moved, t0 + 3 * minute)).toBe(3 * minute);
  });

  it('go back to the previous phase start, also while paused', () => {
    const paused = pausedClock(startedClock(t0), t0 + 25 * minute);
    const moved = movedClock(paused, 1, t0 + 26 * minute);
    expect(positionMsAt(moved, t0 + 40 * minute)).toBe(10 * minute);
    expect(positionMsAt(resumedClock(moved, t0 + 40 * minute), t0 + 41 * minute)).toBe(11 * minute);
  });

  it('land exactly even when the clock had jumped back before the start', () => {
    const moved = movedClock(startedClock(t0), 1, t0 - 5 * minute);
    expect(positionMsAt(moved, t0 - 5 * minute)).toBe(10 * minute);
  });
});

describe('endedClock', () => {
  it('ends a session that slept past minute 60 at minute 60', () => {
    const clock = pausedClock(startedClock(t0), t0 + 10 * minute);
    const resumed = resumedClock(clock, t0 + 15 * minute);
    expect(hasReachedEnd(resumed, t0 + 64 * minute)).toBe(false);
    expect(hasReachedEnd(resumed, t0 + 65 * minute)).toBe(true);
    const ended = endedClock(resumed, t0 + 3 * 60 * minute, 'completed');
    expect(ended.endedAt).toBe(t0 + 65 * minute);
    expect(ended.studiedMs).toBe(60 * minute);
    expect(positionMsAt(ended, t0 + 10 * 60 * minute)).toBe(60 * minute);
  });

  it('ends a paused session where it was paused', () => {
    const ended = endedClock(
      pausedClock(startedClock(t0), t0 + 20 * minute),
      t0 + 50 * minute,
      'finished-early',
    );
    expect(ended).toMatchObject({ status: 'finished-early', endedAt: t0 + 20 * minute, pausedAt: null });
    expect(ended.studiedMs).toBe(20 * minute);
  });
});

describe('formatting and repaint timing', () => {
  it('rounds countdowns up', () => {
    expect(formatCountdown(7 * minute + 59_001)).toBe('8:00');
    expect(formatCountdown(-5)).toBe('0:00');
  });

  it('waits exactly until the shown second changes', () => {
    expect(msUntilNextChange(7_999.5 * 1000)).toBe(500);
    expect(msUntilNextChange(8_000)).toBe(1000);
    expect(msUntilNextChange(90_000, minute)).toBe(30_000);
  });

  it('fills the five phases in order', () => {
    expect(phaseFill(25 * minute).map((p) => p.doneMs / p.lengthMs)).toEqual([1, 1, 0.25, 0, 0]);
  });
});
