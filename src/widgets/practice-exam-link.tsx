import { Link } from 'react-router-dom';
import { examMinutes, examQuestions } from '../domain/exam-shape';
import { rehearsalOf } from '../store/rehearsal-slice';
import { useAppStore } from '../store/use-app-store';

/**
 * The way into the exam-day rehearsal from Today, the miss log and the session page. A practice exam in
 * progress is always shown (it may have been left by a reload or in another tab); a new one is offered only
 * where `offer` says so. The rehearsal screen itself is its own lazily loaded route.
 */
export function PracticeExamLink({ offer }: { offer: boolean }) {
  const run = useAppStore((s) => rehearsalOf(s.rehearsals));
  if (run) {
    return (
      <p className="banner">
        A practice exam is in progress: question {run.current} of {run.questions}.{' '}
        <Link className="button" to="/rehearsal">
          Back to the practice exam
        </Link>
      </p>
    );
  }
  if (!offer) return null;
  return (
    <p className="practice-exam-link">
      <Link to="/rehearsal">Start a practice exam</Link> ({examQuestions} questions in {examMinutes} minutes,
      like exam day)
    </p>
  );
}
