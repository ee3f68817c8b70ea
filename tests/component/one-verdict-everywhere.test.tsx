import { cleanup, render, screen } from '@testing-library/react';
import fc from 'fast-check';
import type { ComponentType } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { StudyDatabase } from '../../src/db/database';
import { addDays, localIsoDate, type IsoDate } from '../../src/domain/dates';
import {
  bookingVerdict,
  collapsingLane,
  laneStateOf,
  narrowingOf,
  type LaneState,
} from '../../src/domain/miss-booking';
import { emptyMissDraft } from '../../src/domain/miss-validation';
import type { ExamResult } from '../../src/domain/records';
import { buildRoute } from '../../src/domain/route';
import { routeMayChange } from '../../src/domain/route-advice';
import { bookingChecks, weakLanes, type HoursBandId, type StartingPointId } from '../../src/domain/seed';
import type { FailureModeId } from '../../src/domain/seed-ids';
import { laneById, laneLabel } from '../../src/domain/seed-lookups';
import type { RouteKind, Setup } from '../../src/domain/setup';
import { examStartText, todayState, type TodayState } from '../../src/domain/today-phase';
import * as misses from '../../src/features/misses/misses-route';
import * as plan from '../../src/features/plan/plan-route';
import * as progress from '../../src/features/progress/progress-route';
import * as today from '../../src/features/today/today-route';
import { createAppStore, type AppStore } from '../../src/store/app-store';
import type { Store } from '../../src/store/store-types';
import { AppStoreContext } from '../../src/store/use-app-store';

/**
 * Judgment rule 8, one verdict everywhere: for random set-ups, days and miss histories, Today, /plan, /misses and
 * /progress are rendered from one store at one fixed instant, and every verdict a card shows (the lane, booking,
 * the calendar phase and today's focus, whether the route can still change) must be the one the domain function
 * gives. fast-check prints the seed and the failing case.
 */

type History = 'none' | 'collapsing' | 'repaired' | 'confirmed';
type When =
  | { kind: 'before-start'; days: number }
  | { kind: 'route-week'; week: number; day: number }
  | { kind: 'last-7'; daysOut: number }
  | { kind: 'final-72'; hoursOut: number }
  /** `retake`: after "not yet", the learner has started the new route to the next date. */
  | { kind: 'after-exam'; daysAfter: number; result: ExamResult | null; retake: boolean };

interface Case {
  startingPoint: StartingPointId;
  hoursBand: HoursBandId;
  routeOverride: RouteKind | null;
  partTimeWeeks: number;
  /** Days from the start to the exam; null for no exam date. */
  examDays: number | null;
  when: When;
  history: History;
  selfChecksOn: boolean;
}

const start: IsoDate = '2026-06-01';

const caseArb: fc.Arbitrary<Case> = fc.record({
  startingPoint: fc.constantFrom<StartingPointId>(
    'deploys-on-databricks',
    'lighter-on-mlops',
    'newer-to-production',
  ),
  hoursBand: fc.constantFrom<HoursBandId>('9-12', '6-8', '3-5'),
  routeOverride: fc.constantFrom<RouteKind | null>(null, null, 'default', 'part-time', 'compression'),
  partTimeWeeks: fc.integer({ min: 8, max: 12 }),
  examDays: fc.option(fc.integer({ min: 1, max: 140 }), { nil: null, freq: 5 }),
  when: fc.oneof(
    fc.record({ kind: fc.constant('before-start' as const), days: fc.integer({ min: 1, max: 14 }) }),
    fc.record({
      kind: fc.constant('route-week' as const),
      week: fc.integer({ min: 0, max: 12 }),
      day: fc.integer({ min: 0, max: 6 }),
    }),
    fc.record({ kind: fc.constant('last-7' as const), daysOut: fc.integer({ min: 1, max: 7 }) }),
    fc.record({ kind: fc.constant('final-72' as const), hoursOut: fc.integer({ min: 1, max: 71 }) }),
    fc.record({
      kind: fc.constant('after-exam' as const),
      daysAfter: fc.integer({ min: 1, max: 10 }),
      result: fc.constantFrom<ExamResult | null>(null, 'passed', 'not-yet', 'rescheduled'),
      retake: fc.boolean(),
    }),
  ),
  history: fc.constantFrom<History>('none', 'collapsing', 'repaired', 'confirmed'),
  selfChecksOn: fc.boolean(),
});

const examTime = '09:00';
const localInstant = (date: IsoDate, time = '12:00') => new Date(`${date}T${time}:00`).getTime();

/** The fixed "now" of a case; a case whose day needs an exam date it has not got falls back to a route day. */
function nowOf(c: Case): number {
  const exam = c.examDays === null ? null : addDays(start, c.examDays);
  const { when } = c;
  switch (when.kind) {
    case 'before-start':
      return localInstant(addDays(start, -when.days));
    case 'route-week':
      return localInstant(addDays(start, when.week * 7 + when.day));
    case 'last-7':
      return localInstant(exam ? addDays(exam, -when.daysOut) : addDays(start, when.daysOut));
    case 'final-72':
      return exam ? localInstant(exam, examTime) - when.hoursOut * 3_600_000 : localInstant(start);
    case 'after-exam':
      return localInstant(exam ? addDays(exam, when.daysAfter) : addDays(start, 30 + when.daysAfter));
  }
}

/** A set of four misses: three in one lane collapse it; spread over four lanes they clear it. */
async function recordSet(store: AppStore, date: IsoDate, label: string, modes: FailureModeId[]) {
  const set = await store.getState().saveSet({ date, label, questions: '20', correct: '16' });
  if (!set.ok) throw new Error('set should save');
  for (const [i, failureMode] of modes.entries()) {
    const draft = { ...emptyMissDraft(set.id), domain: 'mlops', failureMode, rule: `Rule ${label} ${i}.` };
    if (!(await store.getState().saveMiss(draft)).ok) throw new Error('miss should save');
  }
}

async function learner(c: Case, clock: { now: number }) {
  const db = new StudyDatabase(`verdict-${crypto.randomUUID()}`);
  const handle = createAppStore({ db, now: () => clock.now });
  await handle.hydrate();
  const store = handle.store;
  const setup: Partial<Setup> = {
    startingPoint: c.startingPoint,
    hoursBand: c.hoursBand,
    routeOverride: c.routeOverride,
    partTimeWeeks: c.partTimeWeeks,
    startDate: start,
    examDate: c.examDays === null ? null : addDays(start, c.examDays),
    examTime,
  };
  if (!(await store.getState().updateSetup(setup)).ok) throw new Error('set-up should save');
  if (c.selfChecksOn) {
    for (const check of bookingChecks)
      if (!check.computed)
        await store.getState().saveSelfCheck(check.id, true, 'Explained it to a colleague.');
  }
  // Every record is made in the hours before "now", in order, so each later one is newer.
  const day = localIsoDate(clock.now);
  const setDate = addDays(day, -1);
  const fixedNow = clock.now;
  clock.now = fixedNow - 3_600_000 * 6;
  const step = () => (clock.now += 60_000);
  if (c.history !== 'none') {
    step();
    await recordSet(store, setDate, 'Set A', [
      'bad-monitoring-reaction',
      'bad-monitoring-reaction',
      'bad-monitoring-reaction',
      'leakage',
    ]);
  }
  if (c.history === 'repaired' || c.history === 'confirmed') {
    for (const lesson of laneById('monitoring').order) {
      step();
      const added = await store
        .getState()
        .addExtraTask({ label: `Repair ${lesson}`, lessons: [lesson], weekOf: setDate });
      if (!added.ok) throw new Error('repair should save');
      await store.getState().setTicked(added.id, true);
    }
  }
  if (c.history === 'confirmed') {
    step();
    await recordSet(store, setDate, 'Set B', [
      'leakage',
      'unsafe-rollout',
      'wrong-scaling-fit',
      'poor-testing',
    ]);
  }
  const exam = store.getState().setup.examDate;
  if (c.when.kind === 'after-exam' && c.when.result && exam) {
    await store.getState().setExamOutcome(exam, c.when.result);
    if (c.when.result === 'not-yet' && c.when.retake) {
      const next = {
        examDate: addDays(day, 60),
        startDate: day,
        keptRoute: null,
        routeStartedAt: fixedNow - 1,
      };
      if (!(await store.getState().updateSetup(next)).ok) throw new Error('new route should save');
    }
  }
  clock.now = fixedNow;
  await handle.idle();
  return { store, db };
}

/** What the domain decides for the store's data at `now`: the verdicts every view must render. */
function expected(state: Store, now: number) {
  const route = buildRoute(state.setup);
  const today = todayState(state.setup, route.weeks.length, now);
  const work = [...route.weeks.flatMap((week) => week.tasks), ...Object.values(state.extraTasks)].map(
    (task) => ({
      lessons: task.lessons,
      tickedAt: state.ticks[task.id]?.tickedAt ?? null,
    }),
  );
  const missList = Object.values(state.misses);
  const setList = Object.values(state.sets);
  const lane = laneStateOf(collapsingLane(missList, setList), work);
  const narrowing = narrowingOf(missList, setList, lane);
  const selfChecks = bookingChecks.filter((check) => !check.computed);
  const on = selfChecks.filter((check) => state.signals[check.id]?.checked).length;
  const booking = bookingVerdict(
    on,
    selfChecks.length,
    narrowing.status === 'on',
    lane,
    today.phase === 'after-exam',
  );
  return { route, today, lane, booking, mayChange: routeMayChange(today, route.weeks.length) };
}

type Expected = ReturnType<typeof expected>;

const views: [
  name: string,
  module: { Component: ComponentType; preloadParts?: (s: Store) => unknown },
  path: string,
  ready: RegExp,
  level: number,
][] = [
  ['Today', today, '/', /^Today$/, 1],
  ['/plan', plan, '/plan', /^Booking signal$/, 2],
  ['/misses', misses, '/misses', /^Miss log$/, 1],
  ['/progress', progress, '/progress', /^Progress$/, 1],
];

/** The lane verdicts a page states, whatever card states them. */
function laneVerdicts(text: string): string[] {
  const found: string[] = [];
  const t = text.toLowerCase();
  for (const { id } of weakLanes) {
    const lower = laneLabel(id).toLowerCase();
    if (
      t.includes(`a lane is still collapsing: ${lower}`) ||
      new RegExp(`${lower} is still collapsing[ .(]`).test(t)
    )
      found.push(`collapsing:${lower}`);
    if (t.includes(`${lower} repaired: confirm`) || t.includes(`${lower} is repaired; confirm`))
      found.push(`repaired:${lower}`);
  }
  return [...new Set(found)];
}

const laneVerdictOf = (lane: LaneState) =>
  lane.status === 'clear' ? [] : [`${lane.status}:${lane.collapse.label.toLowerCase()}`];

const bookingMessages = /All four signals: you are close to booking\.|Do not book yet: [^.]*\./g;

/** Today's focus as each view states it: the route week, the countdown day, or the days around them. */
function focusOf(name: string, text: string, container: HTMLElement): string[] {
  const found: string[] = [];
  const weekHeading = /This week: week (\d+)/.exec(text);
  if (weekHeading) found.push(`week ${weekHeading[1]}`);
  const current = container.querySelector('article[aria-current="date"] h3');
  if (current) found.push(`week ${/Week (\d+)/.exec(current.textContent)?.[1]}`);
  for (const match of text.matchAll(/[Tt]oday(?:, day| is day) (\d) of the last 7/g))
    found.push(`day ${match[1]}`);
  for (const match of text.matchAll(/today is day (\d), /g)) found.push(`day ${match[1]}`);
  const row = container.querySelector('#last-7 tr[aria-current="date"] th');
  if (row) found.push(`day ${row.textContent}`);
  if (name === 'Today' && /Repair and mixed sets/.test(text)) found.push('after-route');
  return [...new Set(found)];
}

function focusOfState(state: TodayState): string[] {
  if (state.phase === 'route') return [`week ${state.weekIndex + 1}`];
  if (state.phase === 'last-7') return [`day ${state.countdownDay.day}`];
  if (state.phase === 'after-route') return ['after-route'];
  return [];
}

function check(name: string, text: string, container: HTMLElement, want: Expected) {
  const sat = want.today.phase === 'after-exam';
  const lane = laneVerdicts(text);
  const wantLane = laneVerdictOf(want.lane);
  // A view may leave the lane out (Today after the exam), never state another verdict.
  expect(
    lane.filter((v) => !wantLane.includes(v)),
    `${name}: lane verdict`,
  ).toEqual([]);
  const booking = [...new Set(text.match(bookingMessages) ?? [])];
  if (sat) expect(booking, `${name}: no booking verdict for an exam already sat`).toEqual([]);
  else
    expect(
      booking.filter((m) => !want.booking.message.startsWith(m)),
      `${name}: booking verdict`,
    ).toEqual([]);
  const focus = focusOf(name, text, container);
  const wantFocus = focusOfState(want.today);
  expect(
    focus.filter((f) => !wantFocus.includes(f)),
    `${name}: today's focus`,
  ).toEqual([]);
  if (name === 'Today') expect(focus, 'Today states its focus').toEqual(wantFocus);
  const final72 = [
    ...new Set(text.match(/Final 72 hours: your exam starts in \d+ hours?\.|Your exam is underway\./g)),
  ];
  const wantFinal72 = want.today.final72 ? [examStartText(want.today)] : [];
  if (name === 'Today' || name === '/plan') expect(final72, `${name}: final 72 hours`).toEqual(wantFinal72);
  else
    expect(
      final72.filter((f) => !wantFinal72.includes(f)),
      `${name}: final 72 hours`,
    ).toEqual([]);
  const advice =
    /Keep my route|See what to change|Change one number, and it fits|No single number fixes it/.test(text);
  if (advice) expect(want.mayChange, `${name}: route advice only while the route can change`).toBe(true);
}

beforeAll(() => {
  // Only Date is faked: IndexedDB (fake-indexeddb) and Testing Library keep real timers.
  vi.useFakeTimers({ toFake: ['Date'] });
  // /plan scrolls today's week into view; jsdom has no layout to scroll.
  Element.prototype.scrollIntoView = () => {};
});
afterAll(() => {
  vi.useRealTimers();
});

describe('one verdict everywhere', () => {
  it('Today, /plan, /misses and /progress render the domain verdicts for the same data and instant', async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        const clock = { now: nowOf(c) };
        vi.setSystemTime(clock.now);
        const { store, db } = await learner(c, clock);
        vi.setSystemTime(clock.now);
        try {
          const want = expected(store.getState(), clock.now);
          for (const [name, module, path, ready, level] of views) {
            await module.preloadParts?.(store.getState());
            const { container, unmount } = render(
              <AppStoreContext value={store}>
                <MemoryRouter initialEntries={[path]}>
                  <module.Component />
                </MemoryRouter>
              </AppStoreContext>,
            );
            await screen.findByRole('heading', { name: ready, level });
            check(name, container.textContent, container, want);
            unmount();
          }
        } finally {
          cleanup();
          db.close();
        }
      }),
      { numRuns: 30 },
    );
  }, 240_000);
});
