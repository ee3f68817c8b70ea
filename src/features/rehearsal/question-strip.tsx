import { memo } from 'react';

/**
 * Questions 1..N as buttons that wrap (never scroll sideways): tap one to say you are on it. The strip shows the
 * current question, the flagged ones and the ones visited, in text for screen readers and in shape and colour
 * for the eye.
 */
export const QuestionStrip = memo(function QuestionStrip({
  questions,
  current,
  visited,
  flagged,
  onMark,
}: {
  questions: number;
  current: number;
  visited: ReadonlySet<number>;
  flagged: ReadonlySet<number>;
  onMark(question: number): void;
}) {
  return (
    <ol className="question-strip" aria-label="Questions">
      {Array.from({ length: questions }, (_, i) => {
        const n = i + 1;
        const states = [flagged.has(n) && 'flagged', visited.has(n) && n !== current && 'visited'].filter(
          Boolean,
        );
        return (
          <li key={n}>
            <button
              type="button"
              className="question"
              data-flagged={flagged.has(n) || undefined}
              data-visited={visited.has(n) || undefined}
              aria-current={n === current ? 'step' : undefined}
              aria-label={[`Question ${n}`, ...states].join(', ')}
              onClick={() => onMark(n)}
            >
              {n}
              {flagged.has(n) && <span aria-hidden="true">⚑</span>}
            </button>
          </li>
        );
      })}
    </ol>
  );
});
