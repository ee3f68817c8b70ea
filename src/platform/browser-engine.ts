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

/**
 * Where this WebKit browser installs a web app: Safari on a Mac adds it to the Dock; iPhone and iPad (an iPad
 * reports itself as a Mac, but with touch) add it to the Home Screen.
 */
export function webKitInstallPlace(userAgent: string, maxTouchPoints: number): 'dock' | 'home-screen' {
  return /Macintosh/.test(userAgent) && maxTouchPoints <= 1 ? 'dock' : 'home-screen';
}

/** Days with new, unexported data before the backup reminder asks, in a WebKit tab that may be erased after 7. */
export const webKitTabBackupDays = 3;

/**
 * The backup reminder's threshold here: the usual one (the reminder's own rule owns it), or sooner in a WebKit
 * tab not installed to the Home Screen, where seven days away can erase everything.
 */
export function backupReminderThresholdDays(
  usualDays: number,
  webKitTabNotInstalled = isWebKitTabNotInstalled(),
): number {
  return webKitTabNotInstalled ? Math.min(usualDays, webKitTabBackupDays) : usualDays;
}
