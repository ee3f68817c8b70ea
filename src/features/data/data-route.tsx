import { viewHeadings } from '../../domain/view-headings';
import { Page } from '../../ui/page';
import { BackupReminder } from '../../widgets/backup-reminder';
import { BrowserLimitsNotice } from '../../widgets/browser-limits-notice';
import { BackupExport } from './backup-export';
import { BackupImport } from './backup-import';
import { CalendarExports } from './calendar-exports';
import { OtherDevices } from './other-devices';
import { PreferencesForm } from './preferences-form';
import { ResetData } from './reset-data';
import { StorageStatus } from './storage-status';
import './data.css';

export function Component() {
  return (
    <Page title={viewHeadings.data.title} lead={<p>{viewHeadings.data.lead}</p>}>
      <div className="stack">
        <BrowserLimitsNotice features={['persist', 'service-worker', 'broadcast-channel']} />
        <section className="card stack" aria-labelledby="backup-heading">
          <h2 id="backup-heading">Backup</h2>
          <BackupReminder place="data" />
          <BackupExport />
          <BackupImport />
        </section>
        <OtherDevices />
        <CalendarExports />
        <StorageStatus />
        <PreferencesForm />
        <ResetData />
      </div>
    </Page>
  );
}
