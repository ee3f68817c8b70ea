import { defaultSetup, type Setup } from '../../src/domain/setup';

/** The moment and the set-up the calendar-file tests export: a 6-week route to a morning exam in January. */
export const icsNow = Date.UTC(2026, 10, 26, 12, 30, 5);

export const icsSetup: Setup = {
  ...defaultSetup,
  hoursBand: '6-8',
  startDate: '2026-11-23',
  examDate: '2027-01-15',
  examTime: '10:30',
};
