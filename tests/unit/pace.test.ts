import { describe, expect, it } from 'vitest';
import { examFit, paceCheck } from '../../src/domain/pace';
import { defaultSetup, type Setup } from '../../src/domain/setup';

const setup = (patch: Partial<Setup>): Setup => ({ ...defaultSetup, ...patch });

describe('paceCheck: the starting point hours divided by hours per week', () => {
  it('is silent until both answers are in', () => {
    expect(paceCheck(setup({ hoursBand: '6-8' }), 'default')).toBeNull();
    expect(paceCheck(setup({ startingPoint: 'lighter-on-mlops' }), 'default')).toBeNull();
  });

  it('fits: 6 weeks at 9-12 hrs covers 35-60 hours', () => {
    const check = paceCheck(setup({ startingPoint: 'deploys-on-databricks', hoursBand: '9-12' }), 'default');
    expect(check).toMatchObject({ status: 'fits', routeHours: { min: 54, max: 72 } });
  });

  it('is tight when the low end of the band falls short of the need', () => {
    // 6 weeks x 9-12 = 54-72 hours against 60-90: only the top of the band covers the need.
    const check = paceCheck(setup({ startingPoint: 'lighter-on-mlops', hoursBand: '9-12' }), 'default');
    expect(check).toMatchObject({ status: 'tight', routeHours: { min: 54, max: 72 } });
  });

  it('is short when even the top of the band falls short', () => {
    // 4 weeks x 6-8 = 24-32 hours against 35-60.
    const check = paceCheck(
      setup({ startingPoint: 'deploys-on-databricks', hoursBand: '6-8' }),
      'compression',
    );
    expect(check?.status).toBe('short');
    const fits = paceCheck(
      setup({ startingPoint: 'deploys-on-databricks', hoursBand: '9-12' }),
      'compression',
    );
    expect(fits?.status).toBe('fits');
  });

  it('says when the route is shorter than the hours need', () => {
    const check = paceCheck(
      setup({ startingPoint: 'newer-to-production', hoursBand: '3-5', partTimeWeeks: 12 }),
      'part-time',
    );
    expect(check?.status).toBe('short');
    expect(check?.message).toContain('shorter than your hours need');
    expect(check?.message).toContain('90-130+ hours');
    expect(check?.neededWeeks).toEqual({ min: 18, max: 44 });
  });
});

describe('examFit', () => {
  const today = '2026-11-26';

  it('works with no exam date at all', () => {
    expect(examFit(setup({ startDate: today }), 'default', today)).toMatchObject({
      status: 'no-exam',
      daysToExam: null,
    });
  });

  it('flags an exam date in the past', () => {
    const fit = examFit(setup({ startDate: '2026-10-01', examDate: '2026-11-20' }), 'default', today);
    expect(fit.status).toBe('past');
    expect(fit.daysToExam).toBe(-6);
  });

  it('says an exam too close for the route in days and weeks, and leaves the fix to the route advice', () => {
    const fit = examFit(setup({ startDate: today, examDate: '2026-12-30' }), 'default', today);
    expect(fit.status).toBe('too-close');
    expect(fit.message).toBe(
      'Your exam is 34 days (4 weeks and 6 days) after your start date, but the default 6-week plan needs 42 days (6 weeks).',
    );
    expect(fit.message).not.toContain('compression');
  });

  it('fits when the route ends before the exam', () => {
    const fit = examFit(setup({ startDate: today, examDate: '2027-01-10' }), 'default', today);
    expect(fit).toMatchObject({ status: 'fits', daysToExam: 45 });
    // Day 42 of the route is Wed Jan 6, four days before the exam on Sun Jan 10.
    expect(fit.message).toBe('The route ends on Wed Jan 6, 4 days before your exam.');
    const exact = examFit(setup({ startDate: today, examDate: '2027-01-07' }), 'default', today);
    expect(exact).toMatchObject({ status: 'fits' });
    expect(exact.message).toBe('The route ends on Wed Jan 6, 1 day before your exam.');
  });

  it('asks for a start date when only the exam is set', () => {
    expect(examFit(setup({ examDate: '2027-01-10' }), 'default', today).status).toBe('no-start');
  });
});
