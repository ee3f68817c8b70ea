import { bookingVerdict } from '../domain/miss-booking';
import { bookingSignals } from '../domain/seed';
import { useAppStore } from '../store/use-app-store';
import { useCollapsingLane, useNarrowing } from './use-miss-signals';

/** The booking verdict from the saved self-checks and the miss log, the same on Today and /plan. */
export function useBookingVerdict() {
  const signals = useAppStore((s) => s.signals);
  const narrowing = useNarrowing();
  const collapse = useCollapsingLane();
  const selfChecks = bookingSignals.filter((signal) => !signal.computed);
  const on = selfChecks.filter((signal) => signals[signal.id]?.checked).length;
  return bookingVerdict(on, selfChecks.length, narrowing.status === 'on', collapse);
}
