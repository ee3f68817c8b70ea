import { Link } from 'react-router-dom';
import { narrowingRuleText } from '../domain/miss-booking';
import { bookingChecks } from '../domain/seed';
import { useAppStore } from '../store/use-app-store';
import { LatestPracticeExam } from './latest-practice-exam';
import { useBookingVerdict } from './use-booking-verdict';
import { useNarrowing } from './use-lane-patterns';
import './booking-summary.css';

/** The computed fourth booking check with its rule, so the learner can see why it is on or off. */
export function NarrowingCheck({ text }: { text: string }) {
  const narrowing = useNarrowing();
  const on = narrowing.status === 'on';
  return (
    <div className="choice">
      <span className={on ? 'check-mark on' : 'check-mark'} aria-hidden="true">
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

/** All four booking checks at a glance, for Today. */
export function BookingSummary() {
  const selfChecks = useAppStore((s) => s.signals);
  const narrowing = useNarrowing();
  const states = bookingChecks.map((check) => ({
    ...check,
    on: check.computed ? narrowing.status === 'on' : (selfChecks[check.id]?.checked ?? false),
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
      <ul className="booking-check-list">
        {states.map((check) => (
          <li key={check.id}>
            <span className={check.on ? 'check-mark on' : 'check-mark'} aria-hidden="true">
              {check.on ? '✓' : '◌'}
            </span>
            <span>
              <span className="visually-hidden">{check.on ? 'On: ' : 'Off: '}</span>
              {check.text}
              {check.computed && <span className="lesson-refs">{narrowing.message}</span>}
            </span>
          </li>
        ))}
      </ul>
      <LatestPracticeExam />
      <p>
        <Link to="/plan#booking">Check the three self-checks on your plan</Link>
      </p>
    </section>
  );
}
