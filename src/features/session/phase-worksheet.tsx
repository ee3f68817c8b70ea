import { memo, useId } from 'react';
import type { SessionRecord } from '../../domain/records';
import type { PhaseId } from '../../domain/seed-ids';
import { sessionPhaseById } from '../../domain/seed-lookups';
import { useAppStore } from '../../store/use-app-store';
import { RulesWorksheet } from './rules-worksheet';
import { useSavedAsTyped } from './use-saved-as-typed';
import { WorksheetStatus } from './worksheet-status';

/**
 * A phase's worksheet field. Every keystroke writes this phase's note (and only it, so another tab typing in
 * another phase keeps its text), so a reload, a crash or a closed tab loses nothing typed.
 */
// Memoised: the session view repaints once a minute while a session runs, and this need not repaint with it.
export const PhaseWorksheet = memo(function PhaseWorksheet({
  session,
  phaseId,
}: {
  session: SessionRecord;
  phaseId: PhaseId;
}) {
  if (phaseId === 'rules') return <RulesWorksheet sessionId={session.id} />;
  return <NoteField session={session} phaseId={phaseId} />;
});

function NoteField({ session, phaseId }: { session: SessionRecord; phaseId: Exclude<PhaseId, 'rules'> }) {
  const setSessionNote = useAppStore((s) => s.setSessionNote);
  const fieldId = useId();
  const phase = sessionPhaseById(phaseId);
  const note = useSavedAsTyped(`note:${session.id}:${phaseId}`, session.notes[phaseId] ?? '', (text) =>
    setSessionNote(session.id, phaseId, text),
  );
  return (
    <div className="field">
      <label htmlFor={fieldId}>{phase.worksheetLabel}</label>
      <textarea
        id={fieldId}
        value={note.value}
        aria-invalid={note.error ? true : undefined}
        aria-describedby={`${fieldId}-status`}
        onChange={(event) => note.change(event.target.value)}
      />
      <WorksheetStatus id={`${fieldId}-status`} {...note} />
    </div>
  );
}
