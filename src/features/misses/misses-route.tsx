import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { emptyMissDraft } from '../../domain/miss-validation';
import { viewHeadings } from '../../domain/view-headings';
import { hasRows } from '../../store/selectors';
import { useAppStore } from '../../store/use-app-store';
import type { Store } from '../../store/store-types';
import { Page } from '../../ui/page';
import { preloadWidgetParts } from '../../widgets/widget-parts';
import { CollapsingLaneWarning } from '../../widgets/collapsing-lane-warning';
import { DueReviews } from '../../widgets/due-reviews';
import { PracticeExamLink } from '../../widgets/practice-exam-link';
import { useToday } from '../../ui/use-now';
import { ScrollToHash } from '../../ui/use-scroll-to-hash';
import { EmptyMissLog } from './empty-miss-log';
import { MissForm } from './miss-form';
import { MissLogSections, MissWalk } from './misses-parts';
import { RecordSteps } from './record-steps';
import { SetForm } from './set-form';
import './misses.css';

/** The code this learner's data needs on this page, fetched while the store hydrates (src/app/main.tsx). */
/** Whether there is a log to show: a set recorded, or a miss (a session's misses have no set). */
const hasLog = (state: Store) => hasRows(state.sets) || hasRows(state.misses);

export function preloadParts(state: Store): Promise<unknown> {
  return Promise.all([hasLog(state) ? MissLogSections.preload() : null, preloadWidgetParts(state)]);
}

export function Component() {
  const [params] = useSearchParams();
  const walk = params.get('walk');
  return walk ? <MissWalk setId={walk} /> : <MissLog />;
}

function MissLog() {
  const today = useToday();
  const [setId, setSetId] = useState('');
  const showLog = useAppStore(hasLog);
  return (
    <Page title={viewHeadings.misses.title} lead={<p>{viewHeadings.misses.lead}</p>}>
      <RecordSteps />
      <PracticeExamLink offer />
      <SetForm today={today} onSaved={setSetId} />
      <MissForm initial={emptyMissDraft(setId)} heading="2. Add its misses" submitLabel="Save miss" />
      <CollapsingLaneWarning />
      <DueReviews />
      {showLog ? <MissLogSections /> : <EmptyMissLog />}
      {/* A component, not a hook here: the log writes its filter to the address as the learner types, and only
          this should re-render for that, not the forms above. */}
      <ScrollToHash />
    </Page>
  );
}
