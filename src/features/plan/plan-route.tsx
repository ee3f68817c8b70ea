import { planIntro } from '../../domain/seed';
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

export function Component() {
  const restRendered = useAfterFirstPaint();
  useScrollToHash(restRendered);
  useOpenAtToday(restRendered);
  return (
    <Page title="Your study plan" lead={<p>{planIntro}</p>}>
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
