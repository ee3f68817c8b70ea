import { useMemo, useState } from 'react';
import { localIsoDate } from '../../domain/dates';
import { defaultReminderChoices, remindersOf } from '../../domain/reminder-choices';
import { useAppStore } from '../../store/use-app-store';
import { downloadText } from '../../platform/download';
import { CalendarReminders } from './calendar-reminders';
import { StatusMessage } from './status-message';

/** Misses as CSV and the plan as .ics. The writers load only when used. */
export function CalendarExports() {
  const misses = useAppStore((s) => s.misses);
  const sets = useAppStore((s) => s.sets);
  const reviewLogs = useAppStore((s) => s.reviewLogs);
  const sessions = useAppStore((s) => s.sessions);
  const studyLogs = useAppStore((s) => s.studyLogs);
  const hasStudyTime = Object.keys(sessions).length > 0 || Object.keys(studyLogs).length > 0;
  const setup = useAppStore((s) => s.setup);
  const extraTasks = useAppStore((s) => s.extraTasks);
  const missList = useMemo(() => Object.values(misses), [misses]);
  const [message, setMessage] = useState<string | null>(null);
  // Saved with the preferences, so they survive a reload, an export and an import, and follow another tab.
  const reminders = useAppStore((s) => s.preferences.calendarReminders) ?? defaultReminderChoices;
  const updatePreferences = useAppStore((s) => s.updatePreferences);
  const [reminderError, setReminderError] = useState<string | null>(null);
  const exportMisses = async () => {
    const { missesCsv } = await import('../../domain/csv-misses');
    downloadText(
      `ml-pro-misses-${localIsoDate(Date.now())}.csv`,
      missesCsv(missList, sets, Object.values(reviewLogs)),
      'text/csv;charset=utf-8',
    );
    setMessage(`Saved ${missList.length} ${missList.length === 1 ? 'miss' : 'misses'} as CSV.`);
  };

  const exportStudyTime = async () => {
    const { studyTimeCsv } = await import('../../domain/csv-study-time');
    const now = Date.now();
    downloadText(
      `ml-pro-study-time-${localIsoDate(now)}.csv`,
      studyTimeCsv(Object.values(sessions), Object.values(studyLogs), now),
      'text/csv;charset=utf-8',
    );
    setMessage('Saved your study time as CSV: each timed session and each time you logged by hand.');
  };

  const exportCalendar = async () => {
    // The route (and the seed it is built from) loads with the writer: nothing else on this page needs it.
    const [{ checkSessionReminder, planIcs }, { buildRoute }] = await Promise.all([
      import('../../domain/ics-plan'),
      import('../../domain/route'),
    ]);
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
      planIcs(buildRoute(setup), setup, now, {
        reminders: chosen,
        today: localIsoDate(now),
        extraTasks: Object.values(extraTasks),
      }),
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
          </button>{' '}
          <button
            type="button"
            className="secondary"
            onClick={() => void exportStudyTime()}
            disabled={!hasStudyTime}
          >
            Export study time (CSV)
          </button>
        </p>
        {!missList.length && <p className="hint">No misses logged yet.</p>}
        {!hasStudyTime && <p className="hint">No study time yet.</p>}
      </div>
      <div className="stack">
        <CalendarReminders
          choices={reminders}
          onChange={(calendarReminders) => void updatePreferences({ calendarReminders })}
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
