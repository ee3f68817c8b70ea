import { bookingVerdict } from '../domain/miss-booking';
import { bookingChecks } from '../domain/seed';
import { useAppStore } from '../store/use-app-store';
import { useLaneState, useNarrowing } from './use-lane-patterns';
import { useTodayState } from './use-today-state';

/** The booking verdict from the saved self-checks and the miss log, the same on Today and /plan. */
export function useBookingVerdict() {
  const saved = useAppStore((s) => s.signals);
  const narrowing = useNarrowing();
  const lane = useLaneState();
  const sat = useTodayState().phase === 'after-exam';
  const selfChecks = bookingChecks.filter((check) => !check.computed);
  const on = selfChecks.filter((check) => saved[check.id]?.checked).length;
  return bookingVerdict(on, selfChecks.length, narrowing.status === 'on', lane, sat);
}
