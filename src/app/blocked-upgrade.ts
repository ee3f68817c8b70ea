/**
 * An upgrade waits while another tab holds the database with an older version that does not let go (a build
 * from before tabs learned to). Said on the loading screen the moment the browser reports it.
 */
export function showBlockedUpgrade(): void {
  const status = document.querySelector('.boot');
  if (!status) return;
  status.textContent =
    'The app was updated, but another tab still has the old version open and is holding your data. Close the other ML-PRO Study Tracker tabs or reload them; this page continues by itself once they let go.';
}
