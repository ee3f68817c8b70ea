/**
 * Which engine the app runs in, and whether it runs as an installed app. Safari (and every browser on iPhone and
 * iPad, which must use WebKit) deletes a site's script-writable storage after seven days without a visit, unless
 * the site was added to the Home Screen; the app warns and reminds about backups sooner there.
 */

/** WebKit proper: "AppleWebKit" without a Blink browser's "Chrome/" token (Chrome, Edge, Opera, Samsung, Android). */
export function isWebKitUserAgent(userAgent: string): boolean {
  return /AppleWebKit\//.test(userAgent) && !/(Chrome|Chromium|HeadlessChrome)\//.test(userAgent);
}

interface DisplayProbe {
  matchMedia?: (query: string) => { matches: boolean };
  navigator: { standalone?: boolean };
}

/** Opened from the Home Screen or as an installed app, rather than in a browser tab. */
export function isInstalledDisplay(probe: DisplayProbe): boolean {
  if (probe.navigator.standalone === true) return true;
  return ['standalone', 'fullscreen', 'minimal-ui'].some(
    (mode) => probe.matchMedia?.(`(display-mode: ${mode})`).matches ?? false,
  );
}

/** A WebKit browser tab, not installed to the Home Screen: where seven days away can erase the learner's data. */
export function isWebKitTabNotInstalled(): boolean {
  if (typeof window === 'undefined' || typeof navigator === 'undefined') return false;
  return (
    isWebKitUserAgent(navigator.userAgent) &&
    !isInstalledDisplay({
      matchMedia: window.matchMedia?.bind(window),
      // iOS Safari's own flag for a page opened from the Home Screen; not in the DOM typings.
      navigator: navigator as { standalone?: boolean },
    })
  );
}

/** The backup reminder's threshold in days: sooner where WebKit may erase a tab's data after seven days away. */
export const backupReminderDays = { usual: 7, webKitTab: 3 } as const;

/** For the backup reminder: how many days with new, unexported data before it asks for a backup. */
export function backupReminderThresholdDays(webKitTabNotInstalled = isWebKitTabNotInstalled()): number {
  return webKitTabNotInstalled ? backupReminderDays.webKitTab : backupReminderDays.usual;
}
