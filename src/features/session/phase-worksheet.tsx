import { memo, useId } from 'react';
import type { SessionRecord } from '../../domain/records';
import type { PhaseId } from '../../domain/seed-ids';
import { sessionPhases } from '../../domain/seed';
import { useAppStore } from '../../store/use-app-store';
import { RulesWorksheet } from './rules-worksheet';

/**
 * A phase's worksheet field. Every keystroke writes the session row, so a reload, a crash or a closed tab loses
 * nothing typed.
 */
// Memoised: the session view repaints once a minute while a session runs, and this need not repaint with it.
export const PhaseWorksheet = memo(function PhaseWorksheet({
  session,
  phaseId,
}: {
  session: SessionRecord;
  phaseId: PhaseId;
}) {
  const setSessionNote = useAppStore((s) => s.setSessionNote);
  const fieldId = useId();
  const phase = sessionPhases.find((p) => p.id === phaseId)!;
  if (phaseId === 'rules') return <RulesWorksheet sessionId={session.id} />;
  return (
    <div className="field">
      <label htmlFor={fieldId}>{phase.worksheetLabel}</label>
      <textarea
        id={fieldId}
        value={session.notes[phaseId] ?? ''}
        onChange={(event) => setSessionNote(session.id, phaseId, event.target.value)}
      />
    </div>
  );
});
