import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { formatShortDate } from '../../domain/dates';
import { durationText } from '../../domain/duration-text';
import { examMinutes, examPassPercent, practiceExamsOf, scoreOf } from '../../domain/exam-shape';
import { quarterTargets } from '../../domain/practice-exam';
import { useAppStore } from '../../store/use-app-store';

const minuteMs = 60_000;
const minutes = (ms: number) => Math.round(ms / minuteMs);

/**
 * Every practice exam side by side, newest first: the score against the 70% the learner aims for and the time
 * used against the exam's 120 minutes, with the time each quarter of the questions took against its share.
 */
export function PracticeExams() {
  const sets = useAppStore((s) => s.sets);
  const exams = useMemo(() => practiceExamsOf(sets), [sets]);
  return (
    <section className="card progress-section" id="practice-exams" aria-labelledby="practice-exams-heading">
      <h2 id="practice-exams-heading">Practice exams</h2>
      {exams.length === 0 ? (
        <p className="muted">
          No practice exam yet. <Link to="/rehearsal">Start one</Link>: {examMinutes} minutes on your own
          questions, with the exam&rsquo;s pace.
        </p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label="Practice exams table">
          <table>
            <caption className="visually-hidden">
              Score against {examPassPercent}% and time used against the exam time, newest first
            </caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Source</th>
                <th scope="col">Score (aim {examPassPercent}%)</th>
                <th scope="col">Time used</th>
                <th scope="col">Minutes per quarter (target)</th>
                <th scope="col">Flagged</th>
              </tr>
            </thead>
            <tbody>
              {exams.map((set) => {
                const exam = set.practiceExam;
                const score = scoreOf(set);
                const targets = quarterTargets(set.questions, exam.limitMs);
                return (
                  <tr key={set.id}>
                    <td>{formatShortDate(set.date)}</td>
                    <td>{exam.source}</td>
                    <td>
                      {set.correct}/{set.questions} ({score.percent}%){' '}
                      <span className={score.passes ? 'badge ok' : 'badge warn'}>
                        {score.passes ? 'at or above' : 'below'}
                      </span>
                    </td>
                    <td>
                      {durationText(exam.usedMs)} of {durationText(exam.limitMs)}
                      {exam.timed ? '' : ' (untimed)'}
                    </td>
                    <td>
                      {exam.quarterMs
                        .map((ms, i) => `${minutes(ms)} (${minutes(targets[i] ?? 0)})`)
                        .join(', ')}
                    </td>
                    <td>{exam.flagged.length}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
