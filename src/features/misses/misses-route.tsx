import { lazy, Suspense, useState } from 'react';
import { emptyMissDraft } from '../../domain/miss-validation';
import { Page } from '../../ui/page';
import { CollapsingLaneWarning } from '../../widgets/collapsing-lane-warning';
import { DueReviews } from '../../widgets/due-reviews';
import { useToday } from '../../ui/use-now';
import { ScrollToHash, useScrollToHash } from '../../ui/use-scroll-to-hash';
import { MissForm } from './miss-form';
import { RecordSteps } from './record-steps';
import { SetForm } from './set-form';
import './misses.css';

// The set form and its misses come first: a learner opens this page straight after a mixed set.
// Below the first screen, and the heaviest parts (the virtualised list, the charts): loaded after the forms so a
// learner fresh from a mixed set can start typing sooner.
const MissLog = lazy(() => import('./miss-log').then((m) => ({ default: m.MissLog })));
const MissAnalytics = lazy(() => import('./miss-analytics').then((m) => ({ default: m.MissAnalytics })));
const RepairOffer = lazy(() => import('./repair-offer').then((m) => ({ default: m.RepairOffer })));

export function Component() {
  const today = useToday();
  const [setId, setSetId] = useState('');
  useScrollToHash();
  return (
    <Page
      title="Miss log"
      lead={<p>What to record after every mixed set, then what your misses say about where to work next.</p>}
    >
      <RecordSteps />
      <SetForm today={today} onSaved={setSetId} />
      <MissForm initial={emptyMissDraft(setId)} heading="2. Add its misses" submitLabel="Save miss" />
      <CollapsingLaneWarning />
      <DueReviews />
      <Suspense
        fallback={
          <p className="muted" role="status">
            Loading your miss log…
          </p>
        }
      >
        <MissLog />
        <MissAnalytics />
        <RepairOffer />
        <ScrollToHash />
      </Suspense>
    </Page>
  );
}
