import { useId } from 'react';
import { Link } from 'react-router-dom';
import { missDetailLabels, missingDetails } from '../../domain/miss-analytics';
import type { RevisitTarget } from '../../domain/records';
import { failureModes, lessons, weakDomains } from '../../domain/seed';
import { ruleProblem } from '../../domain/validation/rule-text';
import { cleanText } from '../../domain/validation/text';
import { failureModeById, lessonById, sessionPhaseById, weakDomainById } from '../../domain/seed-lookups';
import { sessionMissId, type SessionMissFields } from '../../store/session-slice';
import { useAppStore } from '../../store/use-app-store';
import { useSavedAsTyped } from './use-saved-as-typed';
import { WorksheetStatus } from './worksheet-status';

const rulesPhase = sessionPhaseById('rules');

const domainOf = (value: string) => weakDomainById(value)?.id ?? null;
const failureModeOf = (value: string) => failureModeById(value)?.id ?? null;
const listFormat = new Intl.ListFormat('en', { type: 'conjunction' });

function revisitOf(value: string, current: RevisitTarget | null): RevisitTarget | null {
  if (value === 'doc') return current;
  const lesson = lessonById(value);
  return lesson ? { kind: 'lesson', lessonId: lesson.id } : null;
}

/**
 * The 40-50 phase writes straight into the miss log: one miss per session, saved as typed. It asks for the same
 * four record steps as the miss log (domain, failure mode, rule, what to revisit); any left for later keep the
 * miss marked "needs details" until they are set.
 */
export function RulesWorksheet({ sessionId }: { sessionId: string }) {
  const miss = useAppStore((s) => s.misses[sessionMissId(sessionId)]);
  const saveSessionMiss = useAppStore((s) => s.saveSessionMiss);
  const id = useId();
  // Each field writes itself only, so two tabs filling in different fields of this miss keep both.
  const save = (patch: Partial<SessionMissFields>) => saveSessionMiss(sessionId, patch);
  // The miss log's checks, told while typing: text that breaks them stays in the field (and its draft) and is
  // not written, so the miss keeps its last rule that passed.
  const rule = useSavedAsTyped(
    `session-miss:${sessionId}:rule`,
    miss?.rule ?? '',
    (rule) => save({ rule }),
    (text) => ruleProblem(cleanText(text), 'rule', false) ?? null,
  );
  const safer = useSavedAsTyped(
    `session-miss:${sessionId}:safer`,
    miss?.saferAction ?? '',
    (saferAction) => save({ saferAction }),
    (text) => ruleProblem(cleanText(text), 'safer-action rule', false) ?? null,
  );
  const fields = {
    domain: miss?.domain ?? null,
    failureMode: miss?.failureMode ?? null,
    revisit: miss?.revisit ?? null,
  };
  const missing = miss ? missingDetails(miss) : [];

  return (
    <fieldset className="session-rules">
      <legend>{rulesPhase.worksheetLabel}</legend>
      <p className="hint" id={`${id}-hint`}>
        Saved into your <Link to="/misses">miss log</Link> as you type.
      </p>
      <div className="field">
        <label htmlFor={`${id}-rule`}>Miss rule</label>
        <textarea
          id={`${id}-rule`}
          value={rule.value}
          aria-invalid={rule.error || rule.problem ? true : undefined}
          aria-describedby={`${id}-hint ${id}-rule-status`}
          onChange={(event) => rule.change(event.target.value)}
        />
        <WorksheetStatus id={`${id}-rule-status`} {...rule} kept={miss?.rule ?? ''} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-safer`}>Safer action rule</label>
        <textarea
          id={`${id}-safer`}
          value={safer.value}
          aria-invalid={safer.error || safer.problem ? true : undefined}
          aria-describedby={`${id}-safer-status`}
          onChange={(event) => safer.change(event.target.value)}
        />
        <WorksheetStatus id={`${id}-safer-status`} {...safer} kept={miss?.saferAction ?? ''} />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-domain`}>Weak domain</label>
          <select
            id={`${id}-domain`}
            value={fields.domain ?? ''}
            onChange={(event) => void save({ domain: domainOf(event.target.value) })}
          >
            <option value="">Pick later</option>
            {weakDomains.map((domain) => (
              <option key={domain.id} value={domain.id}>
                {domain.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-mode`}>Failure mode</label>
          <select
            id={`${id}-mode`}
            value={fields.failureMode ?? ''}
            onChange={(event) => void save({ failureMode: failureModeOf(event.target.value) })}
          >
            <option value="">Pick later</option>
            {failureModes.map((mode) => (
              <option key={mode.id} value={mode.id}>
                {mode.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-revisit`}>Lesson to revisit next</label>
          <select
            id={`${id}-revisit`}
            value={fields.revisit?.kind === 'lesson' ? fields.revisit.lessonId : fields.revisit ? 'doc' : ''}
            onChange={(event) =>
              void save({ revisit: revisitOf(event.target.value, fields.revisit ?? null) })
            }
          >
            <option value="">Pick later</option>
            {fields.revisit?.kind === 'doc' && (
              <option value="doc">Official doc: {fields.revisit.title}</option>
            )}
            {lessons.map((lesson) => (
              <option key={lesson.id} value={lesson.id}>
                {lesson.id} {lesson.title}
              </option>
            ))}
          </select>
        </div>
      </div>
      {missing.length > 0 && (
        <p className="hint">
          <span className="badge warn">Needs details</span> Still to record:{' '}
          {listFormat.format(missing.map((field) => missDetailLabels[field]))}. An official doc can be added
          in the miss log.
        </p>
      )}
    </fieldset>
  );
}
