import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { countText } from '../../domain/count-text';
import { recencyDecay, weakestLanes } from '../../domain/miss-analytics';
import { formatShortDate } from '../../domain/dates';
import { type LaneId } from '../../domain/seed';
import { laneById, lessonTitle } from '../../domain/seed-lookups';
import { useAppStore } from '../../store/use-app-store';
import { useToday } from '../../ui/use-now';
import { usePlannedRepairLessons } from '../../widgets/use-lane-patterns';

const repairLabel = (lesson: string) =>
  `${lesson} ${lessonTitle(lesson as Parameters<typeof lessonTitle>[0])}`;

/** The weakest lanes now, each offering its "Best order for weak lanes" chapters as tasks for this week. */
export function RepairOffer() {
  const misses = useAppStore((s) => s.misses);
  const sets = useAppStore((s) => s.sets);
  const addExtraTask = useAppStore((s) => s.addExtraTask);
  const today = useToday();
  const [status, setStatus] = useState('');
  const reviews = useAppStore((s) => s.reviewLogs);
  const ranked = useMemo(
    () => weakestLanes(Object.values(misses), Object.values(sets), Object.values(reviews)),
    [misses, sets, reviews],
  );

  const { place, lessons: alreadyPlanned } = usePlannedRepairLessons();

  // Says what was added once the writes have settled: a lesson a full disk refused is read back out of the plan.
  const addLane = async (laneId: LaneId) => {
    const lane = laneById(laneId);
    const missing = lane.order.filter((lesson) => !alreadyPlanned.has(lesson));
    setStatus('');
    const outcomes = await Promise.all(
      missing.map((lesson) => addExtraTask({ label: repairLabel(lesson), lessons: [lesson], weekOf: today })),
    );
    const added = outcomes.filter((outcome) => outcome.ok).length;
    const failure = outcomes.find((outcome) => !outcome.ok);
    const where =
      place.kind === 'day'
        ? `today's work (${formatShortDate(today)}): they are on Today, ready to tick`
        : `week ${place.weekIndex + 1} of your plan`;
    setStatus(
      failure
        ? `Only ${added} of ${missing.length} lessons for ${lane.label} could be added: ${failure.message}`
        : `Added ${countText(missing.length, 'lesson')} for ${lane.label} to ${where}.`,
    );
  };

  return (
    <section className="card" aria-labelledby="repair-heading" id="repair">
      <h2 id="repair-heading">Repair: your weakest lanes now</h2>
      <p className="hint">
        Ranked from your misses; each older set counts {Math.round(recencyDecay * 100)}% of the one after it,
        so recent sets weigh more.
      </p>
      {ranked.length === 0 ? (
        <p className="muted">No misses with a failure mode yet.</p>
      ) : (
        <ol className="repair-list">
          {ranked.map((entry, index) => {
            const lane = laneById(entry.lane);
            const toAdd = lane.order.filter((lesson) => !alreadyPlanned.has(lesson));
            return (
              <li key={entry.lane} className={index === 0 ? 'repair-lane weakest' : 'repair-lane'}>
                <h3>
                  {lane.label} {index === 0 && <span className="badge warn">Weakest</span>}
                </h3>
                <p className="hint">
                  {entry.count} {entry.count === 1 ? 'miss' : 'misses'}
                  {entry.lapses > 0 &&
                    ` and ${entry.lapses} slipped ${entry.lapses === 1 ? 'review' : 'reviews'}`}
                  , weighted {entry.weight.toFixed(1)}. Fix it in this order: {lane.orderText}
                </p>
                <ol className="lesson-refs">
                  {lane.order.map((lesson) => (
                    <li key={lesson}>{repairLabel(lesson)}</li>
                  ))}
                </ol>
                {toAdd.length > 0 ? (
                  <button
                    type="button"
                    className={index === 0 ? '' : 'secondary'}
                    onClick={() => void addLane(entry.lane)}
                  >
                    Add {toAdd.length === lane.order.length ? 'these' : `the ${toAdd.length} missing`}{' '}
                    {toAdd.length === 1 ? 'lesson' : 'lessons'} to{' '}
                    {place.kind === 'day' ? 'today' : 'this week'}
                    <span className="visually-hidden"> for {lane.label}</span>
                  </button>
                ) : (
                  <p className="message">
                    {place.kind === 'day' ? (
                      <>
                        Already in today&apos;s work. <Link to="/">Open Today</Link>
                      </>
                    ) : (
                      <>
                        Already in this week&apos;s plan. <Link to="/plan">Open the plan</Link>
                      </>
                    )}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
      <p role="status" className="message">
        {status}
      </p>
    </section>
  );
}
