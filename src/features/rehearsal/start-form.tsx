import { useId, useState, type FormEvent } from 'react';
import { examMinutes, examQuestions, practiceExamsOf } from '../../domain/exam-shape';
import {
  maxSourceLength,
  proportionalMinutes,
  type RehearsalOptionProblems,
} from '../../domain/practice-exam';
import { cleanText } from '../../domain/validation/text';
import { unlockAudio } from '../../platform/chime-and-notifications';
import { useAppStore } from '../../store/use-app-store';
import { TextField } from '../../ui/text-field';
import { useFocusFirstError } from '../../ui/use-focus-first-error';

const wholeNumber = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);

/** The exam's shape by default: 60 questions, 120 minutes; fewer questions get proportional time until the learner sets it. */
export function StartForm() {
  const id = useId();
  const rehearsal = useAppStore((s) => s.rehearsal);
  const lastSource = useAppStore((s) => practiceExamsOf(s.sets)[0]?.practiceExam.source ?? '');
  const [questions, setQuestions] = useState(String(examQuestions));
  const [minutes, setMinutes] = useState(String(examMinutes));
  const [minutesSet, setMinutesSet] = useState(false);
  const [timed, setTimed] = useState(true);
  const [source, setSource] = useState(lastSource);
  const [errors, setErrors] = useState<RehearsalOptionProblems>({});
  const [message, setMessage] = useState('');
  const formRef = useFocusFirstError(errors);

  const changeQuestions = (value: string) => {
    setQuestions(value);
    const count = wholeNumber(value);
    if (!minutesSet && count >= 1) setMinutes(String(proportionalMinutes(count)));
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Sound may only start after a gesture: this click is the one that lets the half-time chime play.
    unlockAudio();
    const result = await (
      await rehearsal()
    ).startRehearsal({
      questions: wholeNumber(questions),
      minutes: wholeNumber(minutes),
      timed,
      source: cleanText(source),
    });
    if (result.ok) return;
    setErrors(result.errors);
    setMessage(result.message ?? '');
  };

  return (
    <form
      ref={formRef}
      className="card"
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <h2 id={`${id}-heading`}>Start a practice exam</h2>
      <div className="field-row">
        <TextField
          id={`${id}-questions`}
          label="Questions"
          inputMode="numeric"
          value={questions}
          onChange={changeQuestions}
          error={errors.questions}
        />
        <TextField
          id={`${id}-minutes`}
          label="Minutes"
          hint={minutesSet ? undefined : 'Two per question, like the exam.'}
          inputMode="numeric"
          value={minutes}
          onChange={(value) => {
            setMinutes(value);
            setMinutesSet(true);
          }}
          error={errors.minutes}
        />
      </div>
      <TextField
        id={`${id}-source`}
        label="Question source"
        hint={`Where the questions come from (up to ${maxSourceLength} characters).`}
        value={source}
        onChange={setSource}
        error={errors.source}
        wide
        autoComplete="off"
      />
      <div className="choice">
        <input
          id={`${id}-untimed`}
          type="checkbox"
          checked={!timed}
          onChange={(e) => setTimed(!e.target.checked)}
        />
        <label htmlFor={`${id}-untimed`}>
          Untimed: the clock keeps the pace but does not stop at the end, and you can pause it
        </label>
      </div>
      <p className="actions">
        <button type="submit">Start the practice exam</button>
      </p>
      <p role="status" className="message warning">
        {message}
      </p>
    </form>
  );
}
