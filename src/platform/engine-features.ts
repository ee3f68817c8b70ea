/**
 * Browser features that differ by engine, how to detect each, and what the app does without it. The app uses
 * each one where it exists and falls back where it does not; the learner is told once, in the view it affects.
 */
export type EngineFeature =
  'web-locks' | 'wake-lock' | 'notifications' | 'broadcast-channel' | 'persist' | 'service-worker';

const present: Record<EngineFeature, () => boolean> = {
  'web-locks': () => typeof navigator !== 'undefined' && 'locks' in navigator,
  'wake-lock': () => typeof navigator !== 'undefined' && 'wakeLock' in navigator,
  notifications: () => typeof Notification !== 'undefined',
  'broadcast-channel': () => typeof BroadcastChannel !== 'undefined',
  persist: () => typeof navigator !== 'undefined' && typeof navigator.storage?.persist === 'function',
  'service-worker': () => typeof navigator !== 'undefined' && 'serviceWorker' in navigator,
};

/** One calm sentence each: what this browser cannot do, and what the app does instead. */
export const fallbackText: Record<EngineFeature, string> = {
  'web-locks':
    'Open tabs cannot agree which one sounds the timer, so every tab showing a running session chimes: keep the session in one tab.',
  'wake-lock':
    'This browser cannot keep the screen on during a session: set your screen to stay on longer, or tap it now and then.',
  notifications:
    'This browser shows no system notifications for this page (on iPhone and iPad only once the app is on the Home Screen): the chime and the tab title mark each phase instead.',
  'broadcast-channel': 'Changes you make in another tab of the app show here only after you reload this one.',
  persist:
    'This browser does not let the app ask to keep its data when space runs low, so export a backup now and then.',
  'service-worker':
    'This browser cannot keep the app for offline use: it works while you are online, and your data is saved either way.',
};

export function missingFeatures(features: readonly EngineFeature[]): EngineFeature[] {
  return features.filter((feature) => !present[feature]());
}

/** Whether a date input shows a date picker here; where it does not, the field takes typed YYYY-MM-DD. */
export function dateInputSupported(): boolean {
  if (typeof document === 'undefined') return true;
  const input = document.createElement('input');
  input.setAttribute('type', 'date');
  input.value = 'not a date';
  // A browser without the picker keeps any text; one with it refuses text that is not a date.
  return input.type === 'date' && input.value === '';
}

/**
 * Whether a sync folder can be chosen here (File System Access: Chromium on desktop and recent Android); where
 * it cannot, "Your other devices" says so and the sync file does the job.
 */
export const syncFolderSupported = (): boolean =>
  typeof window !== 'undefined' &&
  typeof (window as { showDirectoryPicker?: unknown }).showDirectoryPicker === 'function';
