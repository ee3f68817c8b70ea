import { Link } from 'react-router-dom';
import { Page } from '../../ui/page';

export function Component() {
  return (
    <Page title="Study session">
      <p>The 60-minute session timer is being built. Until then, the session structure is on your plan.</p>
      <p>
        <Link to="/plan">Open your plan</Link>
      </p>
    </Page>
  );
}
