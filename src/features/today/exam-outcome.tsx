import { Link } from 'react-router-dom';
import type { IsoDate } from '../../domain/dates';
import type { ExamResult } from '../../domain/records';
import { useAppStore } from '../../store/use-app-store';

const answers: { result: ExamResult; label: string; next: string }[] = [
  {
    result: 'passed',
    label: 'Passed',
    next: 'Congratulations. Your plan, misses and hours stay here for reference.',
  },
  {
    result: 'not-yet',
    label: 'Not yet',
    next: 'Your miss log shows where to aim. Book the retake, set the new date on your plan, and the last 7 days and final 72 hours move with it.',
  },
  {
    result: 'rescheduled',
    label: 'Rescheduled',
    next: 'Set the new exam date on your plan; the last 7 days and final 72 hours move with it.',
  },
];

/** After the exam: "how did it go", kept as a settings row for this exam date. */
export function ExamOutcome({ examDate }: { examDate: IsoDate }) {
  const outcome = useAppStore((s) => s.examOutcome);
  const setExamOutcome = useAppStore((s) => s.setExamOutcome);
  const current = outcome?.examDate === examDate ? outcome.result : null;
  const chosen = answers.find((a) => a.result === current);
  return (
    <section className="card" aria-labelledby="exam-outcome-heading">
      <h2 id="exam-outcome-heading">How did it go?</h2>
      <fieldset>
        <legend>Your exam result</legend>
        {answers.map((answer) => (
          <label key={answer.result} className="choice">
            <input
              type="radio"
              name="exam-outcome"
              checked={current === answer.result}
              onChange={() => void setExamOutcome(examDate, answer.result)}
            />
            <span>{answer.label}</span>
          </label>
        ))}
      </fieldset>
      <div role="status">
        {chosen && (
          <p className="message">
            {chosen.next} {chosen.result !== 'passed' && <Link to="/plan">Open your plan</Link>}
          </p>
        )}
      </div>
    </section>
  );
}
