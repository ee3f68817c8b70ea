import type { SessionRecord } from '../../domain/records';
import { keptInHistory } from '../../domain/session-timer';
import { durationText } from '../../domain/duration-text';
import { studiedMsAt } from '../../domain/session-timer';
import { useNow } from '../../ui/use-now';

/** "Finish early" ends the session for good, so it asks first and says what will be kept. */
export function FinishEarlyQuestion({
  session,
  onFinish,
  onKeep,
}: {
  session: SessionRecord;
  onFinish(): void;
  onKeep(): void;
}) {
  const studiedMs = studiedMsAt(session, useNow(15_000));
  return (
    <div className="banner" role="alertdialog" aria-labelledby="finish-question">
      <p id="finish-question">
        {keptInHistory(studiedMs)
          ? `Finish this session now? The ${durationText(studiedMs)} you studied count toward this week and the session goes into your history.`
          : 'Finish this session now? Less than a minute was studied, so it will not be kept in your history. A rule you wrote stays in the miss log.'}
      </p>
      <p className="actions">
        <button type="button" onClick={onFinish}>
          Finish session
        </button>
        <button
          type="button"
          className="secondary"
          // eslint-disable-next-line jsx-a11y-x/no-autofocus -- an alertdialog the learner opened takes focus (WAI-ARIA APG); this is not a page-load autofocus
          autoFocus
          onClick={onKeep}
        >
          Keep studying
        </button>
      </p>
    </div>
  );
}
