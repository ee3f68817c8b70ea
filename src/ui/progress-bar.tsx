import { percent, type Progress } from '../domain/progress';

/** A labelled progress bar whose numbers are also readable as text. */
export function ProgressBar({ label, progress }: { label: string; progress: Progress }) {
  return (
    <div className="progress">
      <span className="progress-text">
        {label}: {progress.done} of {progress.total} done ({percent(progress)}%)
      </span>
      <progress aria-label={label} max={progress.total || 1} value={progress.done} />
    </div>
  );
}
