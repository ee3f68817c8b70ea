import { Page } from '../../ui/page';

export function Component() {
  return (
    <Page title="Your data">
      <p>
        Backups, exports and preferences are being built. Everything you enter is already saved in this
        browser.
      </p>
    </Page>
  );
}
