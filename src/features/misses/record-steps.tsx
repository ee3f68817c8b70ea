import { recordSteps } from '../../domain/seed';

/** The seed's "What to record after every mixed set". Fixed text, so /misses's static document shows it too. */
export function RecordSteps() {
  return (
    <section className="card" aria-labelledby="record-steps-heading">
      <h2 id="record-steps-heading">What to record after every mixed set</h2>
      <ol className="record-steps">
        {recordSteps.map((step) => (
          <li key={step.step}>{step.capture}</li>
        ))}
      </ol>
    </section>
  );
}
