import { ScrollToHash } from '../../ui/use-scroll-to-hash';
import { MissAnalytics } from './miss-analytics';
import { MissLog } from './miss-log';
import { RepairOffer } from './repair-offer';

/** Everything below the forms that reads the log: one chunk, loaded once there is a set or a miss. */
export function MissLogSections() {
  return (
    <>
      <MissLog />
      <MissAnalytics />
      <RepairOffer />
      {/* Last, so a deep link such as /misses#repair scrolls once the sections above are on screen. */}
      <ScrollToHash />
    </>
  );
}
