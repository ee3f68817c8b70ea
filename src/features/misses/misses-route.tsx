import { Page } from '../../ui/page';

export function Component() {
  return (
    <Page title="Miss log">
      <p>The miss log, with mixed sets, analytics and rule retests, is being built.</p>
    </Page>
  );
}
