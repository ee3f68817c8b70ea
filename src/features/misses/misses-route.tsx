import { useState } from 'react';
import { emptyMissDraft } from '../../domain/miss-validation';
import { recordSteps } from '../../domain/seed';
import { Page } from '../../ui/page';
import { CollapsingLaneWarning } from '../../ui/collapsing-lane-warning';
import { useToday } from '../../ui/use-clock';
import { useScrollToHash } from '../../ui/use-scroll-to-hash';
import { MissAnalytics } from './miss-analytics';
import { MissForm } from './miss-form';
import { MissLog } from './miss-log';
import { RepairOffer } from './repair-offer';
import { Retests } from './retests';
import { SetForm } from './set-form';

export function Component() {
  const today = useToday();
  const [setId, setSetId] = useState('');
  useScrollToHash();
  return (
    <Page
      title="Miss log"
      lead={<p>What to record after every mixed set, then what your misses say about where to work next.</p>}
    >
      <CollapsingLaneWarning />
      <section className="card" aria-labelledby="record-steps-heading">
        <h2 id="record-steps-heading">What to record after every mixed set</h2>
        <ol className="record-steps">
          {recordSteps.map((step) => (
            <li key={step.step}>{step.capture}</li>
          ))}
        </ol>
      </section>
      <Retests />
      <SetForm today={today} onSaved={setSetId} />
      <MissForm initial={emptyMissDraft(setId)} heading="2. Add its misses" submitLabel="Save miss" />
      <MissLog />
      <MissAnalytics />
      <RepairOffer />
    </Page>
  );
}
