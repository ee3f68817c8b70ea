/**
 * What the loading screen says while the database opens slowly. Written into the static boot message, since
 * React has not started yet.
 */
function bootStatus(): Element | null {
  return document.querySelector('.boot');
}

/**
 * An upgrade waits while another tab holds the database with an older version that does not let go (a build
 * from before tabs learned to). Said the moment the browser reports it.
 */
export function showBlockedUpgrade(): void {
  const status = bootStatus();
  if (!status) return;
  status.textContent =
    'The app was updated, but another tab still has the old version open and is holding your data. Close the other ML-PRO Study Tracker tabs or reload them; this page continues by itself once they let go.';
}

/**
 * The open is still waiting for another connection (a tab stuck updating the data): say so, and offer a
 * reload, which is what lets go of a stuck open. The page still continues by itself if the open completes.
 */
export function showSlowOpen(): void {
  const status = bootStatus();
  if (!status) return;
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.textContent = 'Reload the app';
  reload.addEventListener('click', () => window.location.reload());
  status.replaceChildren(
    'Your saved study data is taking unusually long to open: another tab of ML-PRO Study Tracker may still be updating it. Close the other tabs of the app, then reload. This page also continues by itself if the data opens. ',
    reload,
  );
}
