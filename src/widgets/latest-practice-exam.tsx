import { Link } from 'react-router-dom';
import { formatShortDate } from '../domain/dates';
import { examPassPercent, practiceExamsOf, scoreOf } from '../domain/exam-shape';
import { useAppStore } from '../store/use-app-store';

const minutes = (ms: number) => Math.round(ms / 60_000);

/**
 * The latest practice exam beside the booking signals: what a rehearsal says, shown for the learner to weigh.
 * It is not a fifth signal; the seed's four decide "close to booking".
 */
export function LatestPracticeExam() {
  const latest = useAppStore((s) => practiceExamsOf(s.sets)[0]);
  if (!latest) return null;
  const { percent, passes } = scoreOf(latest);
  const exam = latest.practiceExam;
  return (
    <p className="latest-practice-exam">
      Latest practice exam ({formatShortDate(latest.date)}): {latest.correct}/{latest.questions} ({percent}%,{' '}
      {passes ? 'at or above' : 'below'} {examPassPercent}%) in {minutes(exam.usedMs)} of{' '}
      {minutes(exam.limitMs)} minutes. <Link to="/progress#practice-exams">All practice exams</Link>
    </p>
  );
}
