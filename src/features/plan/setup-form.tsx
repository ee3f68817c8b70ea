import { useState } from 'react';
import { localIsoDate } from '../../domain/dates';
import { routeInfo } from '../../domain/route';
import { keptRouteKey, mayCompress } from '../../domain/route-advice';
import { Choice } from '../../ui/choice';
import { TimeField } from '../../ui/time-field';
import { compressionIntro, hoursBands, hoursRuleText, startingPoints } from '../../domain/seed';
import { partTimeWeekRange, type RouteKind, type Setup } from '../../domain/setup';
import { useRecommendation } from '../../store/selectors';
import { useAppStore } from '../../store/use-app-store';
import { DateField } from './date-field';
import { RouteSummary } from './route-summary';
import { useRouteAdvice } from './use-route-advice';
import { isSetUp } from '../../domain/setup';
import { SetupSummary } from './setup-summary';
import { useFocusOnToggle } from './use-focus-on-toggle';

const routeKinds: RouteKind[] = ['compression', 'default', 'part-time'];
const partTimeChoices = Array.from(
  { length: partTimeWeekRange.max - partTimeWeekRange.min + 1 },
  (_, i) => partTimeWeekRange.min + i,
);

/**
 * Open until the learner has set up; then one line with "Change", so the page opens on the weeks. A route with a
 * new problem (judgment rule 1) opens it again while the route can still change, so the one-click fixes are not
 * folded away; "Done" over the problems keeps the route, so a reload does not reopen them.
 */
export function SetupForm() {
  const setup = useAppStore((s) => s.setup);
  const updateSetup = useAppStore((s) => s.updateSetup);
  const setUp = isSetUp(setup);
  const { advice, mayChange, kept } = useRouteAdvice();
  const [editing, setEditing] = useState(!setUp || (mayChange && !kept && advice.problems.length > 0));
  useFocusOnToggle(editing);
  if (!editing) return <SetupSummary onChange={() => setEditing(true)} />;
  const done = async () => {
    if (mayChange && advice.problems.length > 0 && !kept) {
      const outcome = await updateSetup({ keptRoute: keptRouteKey(setup, advice) });
      if (!outcome.ok) return;
    }
    setEditing(false);
  };
  return <SetupFields onDone={setUp ? () => void done() : undefined} />;
}

function SetupFields({ onDone }: { onDone: (() => void) | undefined }) {
  const setup = useAppStore((s) => s.setup);
  const updateSetup = useAppStore((s) => s.updateSetup);
  const recommendation = useRecommendation();
  const [failure, setFailure] = useState<string | null>(null);
  /** Resolves with the message refusing this change, shown beside the field that made it. */
  const save = async (patch: Partial<Setup>): Promise<string | undefined> => {
    const outcome = await updateSetup(patch);
    if (outcome.ok || outcome.message) setFailure(outcome.ok ? null : (outcome.message ?? null));
    if (outcome.ok) return undefined;
    // A start date after the exam is refused with the exam's message; the learner changed the start date.
    const changed = Object.keys(patch) as (keyof Setup)[];
    return changed.map((field) => outcome.errors[field]).find(Boolean) ?? Object.values(outcome.errors)[0];
  };

  return (
    <section className="card" aria-labelledby="setup-heading">
      <h2 id="setup-heading">Set-up</h2>
      {failure && (
        <p className="banner danger" role="alert">
          {failure}
        </p>
      )}
      <fieldset>
        <legend>Choose the right timeline: your starting point</legend>
        {startingPoints.map((point) => (
          <Choice
            key={point.id}
            type="radio"
            name="starting-point"
            checked={setup.startingPoint === point.id}
            onCheckedChange={() => void save({ startingPoint: point.id })}
            label={point.label}
            detail={`Typical study time ${point.typicalHours} · best-fit route ${point.bestFitRoute}`}
          />
        ))}
      </fieldset>

      <fieldset>
        <legend>{hoursRuleText.replace(/:$/, '')}: time you can commit</legend>
        {hoursBands.map((band) => (
          <Choice
            key={band.id}
            type="radio"
            name="hours-band"
            checked={setup.hoursBand === band.id}
            onCheckedChange={() => void save({ hoursBand: band.id })}
            label={band.label}
            detail={`Better route: ${band.betterRoute}`}
          />
        ))}
      </fieldset>

      <div className="field-row">
        <DateField
          label="Start date"
          value={setup.startDate}
          hint="Week 1 starts on this day."
          onSave={(startDate) => save({ startDate })}
        />
        <DateField
          label="Exam date"
          value={setup.examDate}
          hint="Leave empty if you have not booked yet."
          onSave={(examDate) => save({ examDate })}
        />
        <TimeField
          id="exam-time"
          label="Exam time"
          hint="The final 72 hours count back from it."
          value={setup.examTime}
          onSave={(examTime) => void save({ examTime })}
        />
      </div>
      {!setup.startDate && (
        <p>
          <button
            type="button"
            className="secondary"
            onClick={() => void save({ startDate: localIsoDate(Date.now()) })}
          >
            Start today
          </button>
        </p>
      )}

      <fieldset>
        <legend>Route</legend>
        <label className="choice">
          <input
            type="radio"
            name="route"
            checked={setup.routeOverride === null}
            onChange={() => void save({ routeOverride: null })}
          />
          <span>
            Follow the recommendation
            <span className="choice-detail">
              {recommendation
                ? `Now: ${routeInfo(recommendation.kind).name}${recommendation.pushPace ? ' at push pace' : ''}`
                : 'Choose the time you can commit to get one.'}
            </span>
          </span>
        </label>
        {routeKinds.map((kind) => {
          const info = routeInfo(kind, setup.partTimeWeeks);
          return (
            <label key={kind} className="choice">
              <input
                type="radio"
                name="route"
                checked={setup.routeOverride === kind}
                onChange={() => void save({ routeOverride: kind })}
              />
              <span>
                {info.name}
                <span className="choice-detail">
                  {info.span}, {info.days}
                  {kind === 'compression' &&
                    !mayCompress(setup) &&
                    ` · ${compressionIntro.replace(/, compress.*$/, '')}`}
                </span>
              </span>
            </label>
          );
        })}
        <div className="field">
          <label htmlFor="part-time-weeks">Part-time plan length</label>
          <select
            id="part-time-weeks"
            value={setup.partTimeWeeks}
            onChange={(event) => void save({ partTimeWeeks: Number(event.target.value) })}
          >
            {partTimeChoices.map((weeks) => (
              <option key={weeks} value={weeks}>
                {weeks} weeks
              </option>
            ))}
          </select>
          <span className="hint">
            Used by the 8-12 week part-time plan; the heavier focuses get the extra weeks.
          </span>
        </div>
      </fieldset>
      <RouteSummary />
      {onDone && (
        <p className="actions">
          <button type="button" onClick={onDone}>
            Done
          </button>
        </p>
      )}
    </section>
  );
}
