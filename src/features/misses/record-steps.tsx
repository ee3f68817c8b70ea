import { recordSteps } from '../../domain/seed';

/**
 * The seed's "What to record after every mixed set", folded to one line so the set form is on the first screen
 * of a phone. Fixed text, so /misses's static document shows it too.
 */
export function RecordSteps() {
  return (
    // Marked so the static-document test can find it in both renders and compare them.
    <details className="record-steps-box" data-static-opening="">
      <summary>What to record after every mixed set</summary>
      <ol className="record-steps">
        {recordSteps.map((step) => (
          <li key={step.step}>{step.capture}</li>
        ))}
      </ol>
    </details>
  );
}
