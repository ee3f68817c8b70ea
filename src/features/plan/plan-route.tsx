import { planIntro, planRevised } from '../../domain/seed';
import { Page } from '../../ui/page';
import { useScrollToHash } from '../../ui/use-scroll-to-hash';
import { BookingSignal } from './booking-signal';
import { FinalHours } from './final-hours';
import { LastSevenDays } from './last-seven-days';
import { RouteTables } from './route-tables';
import { RouteWeeks } from './route-weeks';
import { SessionStructure } from './session-structure';
import { SetupForm } from './setup-form';
import { WeakLanes } from './weak-lanes';

export function Component() {
  useScrollToHash();
  return (
    <Page title="Your study plan" lead={<p>{planIntro}</p>}>
      <FinalHours prominentOnly />
      <SetupForm />
      <RouteWeeks />
      <LastSevenDays />
      <FinalHours />
      <WeakLanes />
      <BookingSignal />
      <SessionStructure />
      <RouteTables />
      <p className="muted">Study plan {planRevised.toLowerCase()}.</p>
    </Page>
  );
}
