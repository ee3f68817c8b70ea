/** Shown when a view crashes. Plain links, not router links: the router itself may be what broke. */
import './error-screen.css';
export function ErrorScreen({ error }: { error: unknown }) {
  const base = import.meta.env.BASE_URL;
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div className="error-screen" role="alert">
      <h1>Something went wrong on this page</h1>
      <p>Your saved data is safe: every tick, session and miss was stored the moment you made it.</p>
      <p>
        <a className="button" href={window.location.pathname}>
          Reload this page
        </a>{' '}
        <a className="button secondary" href={base}>
          Go to Today
        </a>{' '}
        <a className="button secondary" href={`${base}data`}>
          Export a backup
        </a>
      </p>
      <details>
        <summary>Technical details</summary>
        <pre>{message}</pre>
      </details>
    </div>
  );
}
