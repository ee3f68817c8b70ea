import { useState } from 'react';
import { Link } from 'react-router-dom';
import { emptyMissDraft } from '../../domain/miss-validation';
import { examPassPercent, scoreOf } from '../../domain/exam-shape';
import { durationText } from '../../domain/duration-text';
import { useAppStore } from '../../store/use-app-store';
import { Page } from '../../ui/page';
import { MissForm } from './miss-form';

/**
 * After a practice exam (or any set), its misses one by one in the miss form: every miss saved here is a rule
 * that comes back in review. "Later" keeps the miss in the set as "needs details", to fill in from the log.
 */
export function MissWalk({ setId }: { setId: string }) {
  const set = useAppStore((s) => s.sets[setId]);
  const recorded = useAppStore((s) => Object.values(s.misses).filter((miss) => miss.setId === setId).length);
  const rehearsal = useAppStore((s) => s.rehearsal);
  const [message, setMessage] = useState('');

  if (!set) {
    return (
      <Page title="Walk your misses">
        <p className="banner warning">
          This set is not in your log (it may have been deleted). <Link to="/misses">Open the miss log</Link>
        </p>
      </Page>
    );
  }
  const total = set.questions - set.correct;
  const score = scoreOf(set);
  const exam = set.practiceExam;
  const leave = async (count: number) => {
    for (let i = 0; i < count; i++) {
      const outcome = await (await rehearsal()).leaveMissForLater(set.id);
      if (!outcome.ok) {
        setMessage(outcome.message);
        return;
      }
    }
    setMessage(count === 1 ? 'Left for later: it shows as "needs details" in the miss log.' : '');
  };

  return (
    <Page title="Walk your misses">
      <section className="card" aria-labelledby="walk-score-heading">
        <h2 id="walk-score-heading">{set.label}</h2>
        <p>
          <span className="stat">
            {set.correct} of {set.questions}
          </span>{' '}
          ({score.percent}%){' '}
          {score.passes ? (
            <span className="badge ok">At or above {examPassPercent}%</span>
          ) : (
            <span className="badge warn">Below {examPassPercent}%</span>
          )}
        </p>
        {exam && (
          <p>
            Time used: {durationText(exam.usedMs)} of {durationText(exam.limitMs)}
            {exam.flagged.length > 0 && `; flagged: ${exam.flagged.join(', ')}`}.
          </p>
        )}
      </section>
      {recorded < total ? (
        <>
          <MissForm
            key={set.id}
            initial={emptyMissDraft(set.id)}
            heading={`Miss ${recorded + 1} of ${total}`}
            headingId="walk-miss-heading"
            submitLabel="Save miss"
          />
          <p className="actions">
            <button type="button" className="secondary" onClick={() => void leave(1)}>
              Later: leave this miss for now
            </button>
            {total - recorded > 1 && (
              <button type="button" className="secondary" onClick={() => void leave(total - recorded)}>
                Leave all {total - recorded} for later
              </button>
            )}
          </p>
        </>
      ) : (
        <section className="card" aria-labelledby="walk-done-heading">
          <h2 id="walk-done-heading">
            {total === 0 ? 'No misses to record' : `All ${total} misses are in your log`}
          </h2>
          <p>
            Rules you wrote come back in <Link to="/review">review</Link>; misses left for later are marked
            &ldquo;needs details&rdquo; in the <Link to="/misses">miss log</Link>. Compare with earlier
            practice exams on <Link to="/progress#practice-exams">Progress</Link>.
          </p>
        </section>
      )}
      <p role="status" className="message">
        {message}
      </p>
    </Page>
  );
}
