import { Link } from 'react-router-dom';
import { formatShortDate } from '../domain/dates';
import { durationText } from '../domain/duration-text';
import { examPassPercent, practiceExamsOf, scoreOf } from '../domain/exam-shape';
import { useAppStore } from '../store/use-app-store';

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
      {passes ? 'at or above' : 'below'} {examPassPercent}%) in {durationText(exam.usedMs)} of{' '}
      {durationText(exam.limitMs)}. <Link to="/progress#practice-exams">All practice exams</Link>
    </p>
  );
}
