import { Link } from 'react-router-dom';
import { Page } from '../ui/page';

export function NotFound() {
  return (
    <Page title="Page not found">
      <p>There is no page at this address.</p>
      <p>
        <Link to="/">Go to Today</Link> or <Link to="/plan">open your plan</Link>.
      </p>
    </Page>
  );
}
