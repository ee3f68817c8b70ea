import { memo } from 'react';
import { formatShortDate } from '../../domain/dates';
import { needsDetails } from '../../domain/miss-analytics';
import type { LogEntry } from '../../domain/miss-filter';
import type { MissRecord, MixedSetRecord } from '../../domain/records';
import { domainLabel, failureModeLabel, laneLabel, laneOf, lessonTitle } from '../../domain/seed-lookups';

export const MissRow = memo(function MissRow({
  entry,
  set,
  onEdit,
  onDelete,
  onRevisited,
}: {
  entry: LogEntry;
  set: MixedSetRecord | undefined;
  onEdit(id: string): void;
  onDelete(miss: MissRecord): void;
  onRevisited(id: string, revisited: boolean): void;
}) {
  const { miss, date } = entry;
  const lane = laneOf(miss.failureMode);
  const incomplete = needsDetails(miss);
  const rule = miss.rule || 'No rule yet';
  const editLabel = incomplete ? 'Add details' : 'Edit';
  return (
    <article className={incomplete ? 'miss-row needs-details' : 'miss-row'} aria-label={rule}>
      <p className="miss-meta">
        <span>{formatShortDate(date)}</span>
        <span>{set ? set.label : miss.setId ? 'Deleted set' : 'Session'}</span>
        {miss.domain && <span className="badge">{domainLabel(miss.domain)}</span>}
        {miss.failureMode && <span className="badge">{failureModeLabel(miss.failureMode)}</span>}
        {lane && <span className="badge">{laneLabel(lane)}</span>}
        {incomplete && <span className="badge warn">Needs details</span>}
        {miss.revisited && <span className="badge ok">Revisited</span>}
      </p>
      <p className="miss-rule">{rule}</p>
      {miss.saferAction && <p className="miss-detail">Safer action: {miss.saferAction}</p>}
      {miss.revisit && (
        <p className="miss-detail">
          Revisit:{' '}
          {miss.revisit.kind === 'lesson' ? (
            `${miss.revisit.lessonId} ${lessonTitle(miss.revisit.lessonId)}`
          ) : (
            <a href={miss.revisit.url} target="_blank" rel="noopener noreferrer">
              {miss.revisit.title}
            </a>
          )}
        </p>
      )}
      <div className="actions">
        <button
          type="button"
          className={incomplete ? '' : 'secondary'}
          aria-label={`${editLabel}: ${rule}`}
          onClick={() => onEdit(miss.id)}
        >
          {editLabel}
        </button>
        <button
          type="button"
          className="secondary"
          aria-label={`Delete: ${rule}`}
          onClick={() => onDelete(miss)}
        >
          Delete
        </button>
        <label className="choice inline-choice">
          <input
            type="checkbox"
            checked={miss.revisited}
            aria-label={`Revisited: ${rule}`}
            onChange={(event) => onRevisited(miss.id, event.target.checked)}
          />
          <span aria-hidden="true">Revisited</span>
        </label>
      </div>
    </article>
  );
});
