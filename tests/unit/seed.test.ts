// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  bookingIntro,
  bookingChecks,
  compressionIntro,
  compressionPlan,
  defaultPlan,
  failureModes,
  finalRules,
  hoursBands,
  lastSevenDays,
  lessons,
  planIntro,
  recordSteps,
  sessionPhases,
  startingPoints,
  weakDomains,
  weakLanes,
} from '../../src/domain/seed';
import {
  failureModeIds,
  lessonIds,
  phaseIds,
  phaseMinuteBounds,
  weakDomainIds,
} from '../../src/domain/seed-ids';

// A copy of the study plan as published; every instruction the app shows must appear in it verbatim.
const seedText = readFileSync(new URL('../fixtures/ml-pro-study-plan.txt', import.meta.url), 'utf8');
const lines = seedText.split('\n').map((line) => line.trim());
const hasLine = (...cells: string[]) => lines.includes(cells.join(' '));

describe('the seed, word for word', () => {
  it('keeps the intro and every starting point row', () => {
    expect(seedText).toContain(planIntro);
    for (const p of startingPoints)
      expect(hasLine(p.label, p.typicalHours, p.bestFitRoute), p.label).toBe(true);
  });

  it('keeps every hours-per-week row', () => {
    for (const band of hoursBands) expect(hasLine(band.label, band.betterRoute), band.label).toBe(true);
  });

  it('keeps every week of the default plan and of the compression', () => {
    for (const w of defaultPlan) expect(hasLine(String(w.week), w.focus, w.whatToDo), w.focus).toBe(true);
    expect(seedText).toContain(compressionIntro);
    for (const w of compressionPlan) expect(hasLine(String(w.week), w.focus), w.focus).toBe(true);
  });

  it('keeps every session phase', () => {
    for (const p of sessionPhases) expect(hasLine(p.minutes, p.whatToDo, p.why), p.minutes).toBe(true);
  });

  it('keeps every weak lane with its order', () => {
    for (const lane of weakLanes) expect(hasLine(lane.label, lane.orderText), lane.label).toBe(true);
  });

  it('keeps the record steps, and the domains and failure modes they name', () => {
    for (const s of recordSteps) expect(hasLine(String(s.step), s.capture)).toBe(true);
    for (const d of weakDomains) expect(recordSteps[0].capture).toContain(d.label);
    for (const f of failureModes) expect(recordSteps[1].capture).toContain(f.label);
  });

  it('keeps the booking signal, the last 7 days and the final 72 hours rules', () => {
    expect(lines).toContain(bookingIntro);
    for (const s of bookingChecks) expect(lines).toContain(`• ${s.text}`);
    for (const d of lastSevenDays) expect(hasLine(String(d.day), d.focus)).toBe(true);
    for (const r of finalRules) expect(lines).toContain(`• ${r.text}`);
  });
});

describe('the ids the app shell loads without the seed text', () => {
  it('match the seed tables in order', () => {
    expect(lessons.map((l) => l.id)).toEqual([...lessonIds]);
    expect(weakDomains.map((d) => d.id)).toEqual([...weakDomainIds]);
    expect(failureModes.map((f) => f.id)).toEqual([...failureModeIds]);
    expect(sessionPhases.map((p) => p.id)).toEqual([...phaseIds]);
    expect(sessionPhases.map((p) => [p.startMinute, p.endMinute])).toEqual(
      phaseIds.map((_, i) => [phaseMinuteBounds[i], phaseMinuteBounds[i + 1]]),
    );
  });
});
