import { useState } from 'react';
import { countText } from '../../domain/count-text';
import type { DueRetest } from '../../domain/miss-retests';
import { recallCueOf } from '../../domain/recall-cue';
import { useAppStore } from '../../store/use-app-store';
import { useToday } from '../../ui/use-clock';
import { useDueRetests } from '../../widgets/use-miss-signals';

const shownAtOnce = 5;

/** Rules due for a self-retest: recall the rule from its context, reveal it, then say whether it held. */
export function Retests() {
  const today = useToday();
  const due = useDueRetests(today);
  const [status, setStatus] = useState('');
  return (
    <section className="card" aria-labelledby="retests-heading" id="retests">
      <h2 id="retests-heading">Rule retests due</h2>
      <p className="hint">
        Each rule comes back 1, 3 and 7 days after you wrote it. Recall it before you reveal it.
      </p>
      {due.length === 0 ? (
        <p className="muted">No rules are due for a retest today.</p>
      ) : (
        <>
          <p>
            {countText(due.length, 'rule is', 'rules are')} due
            {due.length > shownAtOnce && `; here are the ${shownAtOnce} waiting longest`}.
          </p>
          <ul className="retest-list">
            {due.slice(0, shownAtOnce).map((retest) => (
              <RetestCard key={`${retest.missId}-${retest.day}`} retest={retest} onDone={setStatus} />
            ))}
          </ul>
        </>
      )}
      <p role="status" className="message">
        {status}
      </p>
    </section>
  );
}

function RetestCard({ retest, onDone }: { retest: DueRetest; onDone(message: string): void }) {
  const miss = useAppStore((s) => s.misses[retest.missId]);
  const set = useAppStore((s) => (miss?.setId ? s.sets[miss.setId] : undefined));
  const recordRetest = useAppStore((s) => s.recordRetest);
  const [revealed, setRevealed] = useState(false);
  if (!miss) return null;
  const { cue, context } = recallCueOf(miss, set?.label);
  const mark = (held: boolean) => {
    recordRetest(miss.id, retest.day, held);
    onDone(`Day ${retest.day} retest marked ${held ? 'held' : 'slipped'}.`);
  };
  return (
    <li className="retest">
      <p className="retest-kicker">Day {retest.day} retest</p>
      <p className="retest-cue user-text">
        {cue ? `Question: ${cue}` : 'Recall the rule you wrote for this miss.'}
      </p>
      <p className="hint user-text">{context}</p>
      {revealed ? (
        <>
          <p className="miss-rule">{miss.rule}</p>
          {miss.saferAction && <p className="miss-detail">Safer action: {miss.saferAction}</p>}
          <p className="actions">
            <button type="button" onClick={() => mark(true)}>
              Held: I recalled it
            </button>
            <button type="button" className="secondary" onClick={() => mark(false)}>
              Slipped
            </button>
          </p>
        </>
      ) : (
        <button type="button" className="secondary" onClick={() => setRevealed(true)}>
          Reveal the rule
        </button>
      )}
    </li>
  );
}
