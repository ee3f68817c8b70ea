import { Link } from 'react-router-dom';
import { narrowingRuleText } from '../domain/miss-booking';
import { bookingSignals } from '../domain/seed';
import { useAppStore } from '../store/use-app-store';
import { useBookingVerdict } from './use-booking-verdict';
import { useNarrowing } from './use-miss-signals';

/** The computed fourth signal with its rule, so the learner can see why it is on or off. */
export function NarrowingSignal({ text }: { text: string }) {
  const narrowing = useNarrowing();
  const on = narrowing.status === 'on';
  return (
    <div className="choice">
      <span className={on ? 'signal-mark on' : 'signal-mark'} aria-hidden="true">
        {on ? '✓' : '◌'}
      </span>
      <div>
        <span>{text}</span> <span className={on ? 'badge ok' : 'badge warn'}>{on ? 'On' : 'Off'}</span>
        <span className="lesson-refs">Computed from your miss log. {narrowingRuleText}</span>
        <span className="lesson-refs" role="status">
          {narrowing.message}
        </span>
      </div>
    </div>
  );
}

/** All four booking signals at a glance, for Today. */
export function BookingSummary() {
  const signals = useAppStore((s) => s.signals);
  const narrowing = useNarrowing();
  const states = bookingSignals.map((signal) => ({
    ...signal,
    on: signal.computed ? narrowing.status === 'on' : (signals[signal.id]?.checked ?? false),
  }));
  const verdict = useBookingVerdict();
  return (
    <section className="card" aria-labelledby="booking-summary-heading">
      <h2 id="booking-summary-heading">Booking signal</h2>
      <p>
        <span className="stat">
          {verdict.onCount} of {verdict.of}
        </span>{' '}
        signals on. {verdict.status === 'not-yet' ? verdict.message : <strong>{verdict.message}</strong>}
      </p>
      <ul className="signal-list">
        {states.map((signal) => (
          <li key={signal.id}>
            <span className={signal.on ? 'signal-mark on' : 'signal-mark'} aria-hidden="true">
              {signal.on ? '✓' : '◌'}
            </span>
            <span>
              <span className="visually-hidden">{signal.on ? 'On: ' : 'Off: '}</span>
              {signal.text}
              {signal.computed && <span className="lesson-refs">{narrowing.message}</span>}
            </span>
          </li>
        ))}
      </ul>
      <p>
        <Link to="/plan#booking">Check the three self-checks on your plan</Link>
      </p>
    </section>
  );
}
