import { planIntro } from '../../domain/seed';
import { preloadWidgetParts } from '../../widgets/widget-parts';
import { viewHeadings } from '../../domain/view-headings';
import { Page } from '../../ui/page';
import { useAfterFirstPaint } from '../../ui/use-after-first-paint';
import { useScrollToHash } from '../../ui/use-scroll-to-hash';
import { AboutThisPlan } from './about-this-plan';
import { BookingChecks } from './booking-checks';
import { FinalHours } from './final-hours';
import { LastSevenDays } from './last-seven-days';
import { RouteTables } from './route-tables';
import { RouteWeeks } from './route-weeks';
import { SessionStructure } from './session-structure';
import { SetupForm } from './setup-form';
import { useOpenAtToday } from './use-open-at-today';
import { WeakLanes } from './weak-lanes';
import './plan.css';

/** The code this learner's data needs on this page, fetched while the store hydrates (src/app/main.tsx). */
export const preloadParts = preloadWidgetParts;

export function Component() {
  const restRendered = useAfterFirstPaint();
  useScrollToHash(restRendered);
  useOpenAtToday(restRendered);
  return (
    <Page title={viewHeadings.plan.title} lead={<p>{planIntro}</p>}>
      <FinalHours prominentOnly />
      <SetupForm />
      {restRendered ? (
        <>
          <RouteWeeks />
          <LastSevenDays />
          <FinalHours />
          <WeakLanes />
          <BookingChecks />
          <SessionStructure />
          <RouteTables />
          <AboutThisPlan />
        </>
      ) : (
        <p className="muted" role="status">
          Loading your weeks…
        </p>
      )}
    </Page>
  );
}
