import { useMemo, useState } from 'react';
import { localIsoDate } from '../../domain/dates';
import { useRoute } from '../../store/selectors';
import { useAppStore } from '../../store/use-app-store';
import { downloadText } from '../../platform/download';
import { CalendarReminders } from './calendar-reminders';
import { defaultReminderChoices, remindersOf } from './reminder-choices';
import { StatusMessage } from './status-message';

/** Misses as CSV and the plan as .ics. The writers load only when used. */
export function CalendarExports() {
  const misses = useAppStore((s) => s.misses);
  const sets = useAppStore((s) => s.sets);
  const setup = useAppStore((s) => s.setup);
  const route = useRoute();
  const missList = useMemo(() => Object.values(misses), [misses]);
  const [message, setMessage] = useState<string | null>(null);
  const [reminders, setReminders] = useState(defaultReminderChoices);
  const [reminderError, setReminderError] = useState<string | null>(null);
  const exportMisses = async () => {
    const { missesCsv } = await import('../../domain/csv-misses');
    downloadText(
      `ml-pro-misses-${localIsoDate(Date.now())}.csv`,
      missesCsv(missList, sets),
      'text/csv;charset=utf-8',
    );
    setMessage(`Saved ${missList.length} ${missList.length === 1 ? 'miss' : 'misses'} as CSV.`);
  };

  const exportCalendar = async () => {
    const { checkSessionReminder, planIcs } = await import('../../domain/ics-plan');
    const chosen = remindersOf(reminders);
    const problem = checkSessionReminder(chosen.sessions);
    setReminderError(problem);
    if (problem) {
      setMessage(null);
      return;
    }
    const now = Date.now();
    downloadText(
      `ml-pro-plan-${localIsoDate(now)}.ics`,
      planIcs(route, setup, now, chosen, localIsoDate(now)),
      'text/calendar;charset=utf-8',
    );
    setMessage(
      'Saved your plan as a calendar file. Open it with your calendar app to add the events; importing a newer file updates them.',
    );
  };

  const calendarReady = setup.startDate !== null || setup.examDate !== null;
  return (
    <section className="card stack" aria-labelledby="exports-heading">
      <h2 id="exports-heading">Spreadsheet and calendar</h2>
      <div>
        <p>
          <button
            type="button"
            className="secondary"
            onClick={() => void exportMisses()}
            disabled={!missList.length}
          >
            Export misses (CSV)
          </button>
        </p>
        {!missList.length && <p className="hint">No misses logged yet.</p>}
      </div>
      <div className="stack">
        <CalendarReminders
          choices={reminders}
          onChange={setReminders}
          error={reminderError}
          hasExam={setup.examDate !== null}
        />
        <p>
          <button
            type="button"
            className="secondary"
            onClick={() => void exportCalendar()}
            disabled={!calendarReady}
          >
            Export plan to calendar (.ics)
          </button>
        </p>
        <p className="hint">
          {calendarReady
            ? 'Each route week, the last seven days before the exam and the exam itself (120 minutes). Google Calendar ignores reminders in imported files and uses its own default instead.'
            : 'Set a start date or an exam date on the Plan page first.'}
        </p>
      </div>
      <StatusMessage message={message} />
    </section>
  );
}
