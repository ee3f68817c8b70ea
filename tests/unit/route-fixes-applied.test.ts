import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/dates';
import { mayCompress, routeAdvice } from '../../src/domain/route-advice';
import { hoursBands, startingPoints } from '../../src/domain/seed';
import { defaultSetup, validateSetup, type RouteKind, type Setup } from '../../src/domain/setup';

const today = '2026-05-25';
const overrides: (RouteKind | null)[] = [null, 'compression', 'default', 'part-time'];
const examDays = [null, 1, 20, 27, 41, 42, 55, 63, 80, 84, 200];
/** A route started weeks ago, starting today, and starting next week. */
const startOffsets = [-30, 0, 7];

/** Every starting point x hours band x route choice x part-time length x exam distance x start. */
const setups: Setup[] = startingPoints.flatMap((point) =>
  hoursBands.flatMap((band) =>
    overrides.flatMap((routeOverride) =>
      [8, 10, 12].flatMap((partTimeWeeks) =>
        examDays.flatMap((days) =>
          startOffsets.map((startOffset): Setup => ({
            ...defaultSetup,
            startingPoint: point.id,
            hoursBand: band.id,
            routeOverride,
            partTimeWeeks,
            startDate: addDays(today, startOffset),
            examDate: days === null ? null : addDays(today, startOffset + days),
          })),
        ),
      ),
    ),
  ),
);

/** Judgment rule 1: "change X to Y", clicked, must leave a set-up that saves and no longer has that problem. */
describe('every one-click fix, applied, mends the problem it is offered for', () => {
  it(`holds for all ${setups.length} set-ups`, () => {
    const failures: string[] = [];
    let fixes = 0;
    for (const setup of setups) {
      for (const problem of routeAdvice(setup, today).problems) {
        for (const action of problem.actions) {
          fixes += 1;
          const after = { ...setup, ...action.patch };
          const name = `${setup.startingPoint} ${setup.hoursBand} ${setup.routeOverride} ${setup.partTimeWeeks}w exam ${setup.examDate}: ${action.label}`;
          if (Object.keys(validateSetup(after)).length > 0) failures.push(`${name} does not save`);
          const left = routeAdvice(after, today).problems.map((p) => p.kind);
          if (left.includes(problem.kind)) failures.push(`${name} leaves the ${problem.kind} problem`);
          if (!mayCompress(setup) && action.patch.routeOverride === 'compression')
            failures.push(`${name} offers the compression`);
        }
      }
    }
    expect(fixes).toBeGreaterThan(500);
    expect(failures).toEqual([]);
  });

  it('never recommends the compression outside the first starting point', () => {
    for (const setup of setups) {
      const advice = routeAdvice(setup, today);
      if (!mayCompress(setup)) expect(advice.recommendation?.kind).not.toBe('compression');
    }
  });
});
