import type { ReminderChoices, WeekdayCode } from '../../domain/reminder-choices';
import { Choice } from '../../ui/choice';
import { TimeField } from '../../ui/time-field';
import './calendar-reminders.css';

const weekdays: readonly { code: WeekdayCode; label: string }[] = [
  { code: 'MO', label: 'Mon' },
  { code: 'TU', label: 'Tue' },
  { code: 'WE', label: 'Wed' },
  { code: 'TH', label: 'Thu' },
  { code: 'FR', label: 'Fri' },
  { code: 'SA', label: 'Sat' },
  { code: 'SU', label: 'Sun' },
];

/**
 * Which reminders the calendar file carries. The calendar app fires them, so they reach the learner when this
 * app is closed, which a browser tab cannot do.
 */
export function CalendarReminders({
  choices,
  onChange,
  error,
  hasExam,
}: {
  choices: ReminderChoices;
  onChange(choices: ReminderChoices): void;
  error: string | null;
  hasExam: boolean;
}) {
  const set = (patch: Partial<ReminderChoices>) => onChange({ ...choices, ...patch });
  return (
    <fieldset className="stack">
      <legend>Reminders in the calendar file</legend>
      <Choice
        checked={choices.sessions}
        onCheckedChange={(sessions) => set({ sessions })}
        label="My study sessions, 10 minutes before each (a 60-minute event on the days I pick)"
      />
      {choices.sessions && (
        <div className="stack reminder-sessions">
          <TimeField
            id="session-reminder-time"
            label="Session start time"
            value={choices.sessionTime}
            describedBy={error ? 'calendar-reminder-error' : undefined}
            onSave={(sessionTime) => set({ sessionTime })}
          />
          <fieldset>
            <legend>Session days</legend>
            <div className="weekday-choices">
              {weekdays.map(({ code, label }) => (
                <Choice
                  key={code}
                  checked={choices.sessionDays.includes(code)}
                  onCheckedChange={(checked) =>
                    set({
                      sessionDays: checked
                        ? [...choices.sessionDays, code]
                        : choices.sessionDays.filter((day) => day !== code),
                    })
                  }
                  label={label}
                />
              ))}
            </div>
          </fieldset>
        </div>
      )}
      <Choice
        checked={choices.lastSevenDays}
        disabled={!hasExam}
        onCheckedChange={(lastSevenDays) => set({ lastSevenDays })}
        label="Each of the last 7 days, at 18:00 the evening before, with that day’s only focus"
      />
      <Choice
        checked={choices.examDayBefore}
        disabled={!hasExam}
        onCheckedChange={(examDayBefore) => set({ examDayBefore })}
        label="The exam, 24 hours before it starts"
      />
      {!hasExam && (
        <p className="hint">Set an exam date on the Plan page to date the last 7 days and the exam.</p>
      )}
      {error && (
        <p id="calendar-reminder-error" className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
