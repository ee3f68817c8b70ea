import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/dates';
import { mayCompress, routeAdvice } from '../../src/domain/route-advice';
import { recommendRoute } from '../../src/domain/route';
import { hoursBands, startingPoints } from '../../src/domain/seed';
import { defaultSetup, validateSetup, type RouteKind, type Setup } from '../../src/domain/setup';

const today = '2026-05-25';
const overrides: (RouteKind | null)[] = [null, 'compression', 'default', 'part-time'];
/** Every exam distance from the start, 1 day to 20 weeks, and no exam date. */
const examDays = [null, ...Array.from({ length: 140 }, (_, i) => i + 1)];
/** A route started weeks ago, starting today, and starting in 4 weeks. */
const startOffsets = [-30, 0, 28];

/** Every starting point x hours band x route choice x part-time length x start x exam distance. */
const setups: Setup[] = startingPoints.flatMap((point) =>
  hoursBands.flatMap((band) =>
    overrides.flatMap((routeOverride) =>
      // The part-time length matters only to the part-time route (and to fixes that switch to it).
      (routeOverride === 'part-time' ? [8, 10, 12] : [10]).flatMap((partTimeWeeks) =>
        startOffsets.flatMap((startOffset) =>
          examDays.map((days): Setup => ({
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

/**
 * Judgment rule 1: a change is offered only if, applied, it leaves no problem the app can see; when none does,
 * the advice says so and what it costs, rather than offer a change that trades one problem for another.
 */
describe('every offered fix, applied, leaves no problem', () => {
  it(`holds for all ${setups.length} set-ups`, { timeout: 120_000 }, () => {
    const failures: string[] = [];
    let offered = 0;
    let pairs = 0;
    let none = 0;
    for (const setup of setups) {
      const advice = routeAdvice(setup, today);
      if (advice.problems.length === 0) {
        if (advice.fixes.length > 0 || advice.noFix)
          failures.push(`${JSON.stringify(setup)} advises without a problem`);
        continue;
      }
      if (advice.fixes.length === 0) {
        none += 1;
        if (!advice.noFix) failures.push(`${JSON.stringify(setup)} offers nothing and says nothing`);
      }
      for (const action of advice.fixes) {
        offered += 1;
        if (/ and /.test(action.label)) pairs += 1;
        const after = { ...setup, ...action.patch };
        const name = `${setup.startingPoint} ${setup.hoursBand} ${setup.routeOverride} ${setup.partTimeWeeks}w ${setup.startDate}-${setup.examDate}: ${action.label}`;
        if (Object.keys(validateSetup(after)).length > 0) failures.push(`${name} does not save`);
        const left = routeAdvice(after, today).problems.map((p) => p.kind);
        if (left.length > 0) failures.push(`${name} leaves ${left.join(', ')}`);
        if (!mayCompress(setup) && action.patch.routeOverride === 'compression')
          failures.push(`${name} offers the compression`);
      }
    }
    expect(failures.slice(0, 20)).toEqual([]);
    expect(offered).toBeGreaterThan(10_000);
    // The sweep reaches all three answers: single changes, pairs, and plainly none.
    expect(pairs).toBeGreaterThan(0);
    expect(none).toBeGreaterThan(0);
  });

  it('never recommends the compression outside the first starting point', () => {
    for (const setup of setups) {
      if (!mayCompress(setup)) expect(recommendRoute(setup)?.kind).not.toBe('compression');
    }
  });
});
