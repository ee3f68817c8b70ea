/**
 * The sounds and system notifications at a phase boundary. The chime is synthesised with Web Audio, so there is
 * no audio file to cache or fail to load offline.
 */

let audio: AudioContext | null = null;
let suspendTimer: number | undefined;

/**
 * Creates the audio context and wakes it once. Browsers only let a page make sound after a user gesture, so this
 * runs in click and key handlers; after that the page may resume it at any time. It is suspended again at once
 * because a running context keeps Chromium's audio thread busy for the whole silent hour (measured at about two
 * points of CPU), and the timer should cost nothing between chimes.
 */
export function unlockAudio(): void {
  if (typeof AudioContext === 'undefined') return;
  audio ??= new AudioContext();
  const context = audio;
  void context
    .resume()
    .then(() => {
      if (suspendTimer === undefined) return context.suspend();
    })
    .catch(() => undefined);
}

/** Two soft notes, about half a second: audible over a desk, not startling. */
export function playChime(): void {
  if (typeof AudioContext === 'undefined') return;
  audio ??= new AudioContext();
  const context = audio;
  window.clearTimeout(suspendTimer);
  // Suspend again once the notes have faded; until then a concurrent unlock must not silence them.
  suspendTimer = window.setTimeout(() => {
    suspendTimer = undefined;
    void context.suspend().catch(() => undefined);
  }, 800);
  void context
    .resume()
    .then(() => {
      const start = context.currentTime;
      [880, 660].forEach((frequency, i) => {
        const at = start + i * 0.22;
        const oscillator = context.createOscillator();
        const gain = context.createGain();
        oscillator.type = 'sine';
        oscillator.frequency.value = frequency;
        gain.gain.setValueAtTime(0.0001, at);
        gain.gain.exponentialRampToValueAtTime(0.25, at + 0.02);
        gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.35);
        oscillator.connect(gain).connect(context.destination);
        oscillator.start(at);
        oscillator.stop(at + 0.4);
      });
    })
    .catch(() => undefined);
}

export function notificationsSupported(): boolean {
  return typeof Notification !== 'undefined';
}

/** Asks once, from the Start button: never on page load, where browsers treat it as spam. */
export async function askNotificationPermission(): Promise<boolean | null> {
  if (!notificationsSupported() || Notification.permission !== 'default') return null;
  try {
    return (await Notification.requestPermission()) === 'granted';
  } catch {
    return null;
  }
}

/**
 * Shows a system notification. Through the service worker where there is one (mobile Chrome refuses page-made
 * notifications), otherwise from the page.
 */
export function notify(title: string, body: string): void {
  if (!notificationsSupported() || Notification.permission !== 'granted') return;
  const options = { body, tag: 'ml-pro-session', lang: 'en' };
  const worker = navigator.serviceWorker;
  if (worker?.controller) {
    void worker.ready
      .then((registration) => registration.showNotification(title, options))
      .catch(() => undefined);
    return;
  }
  try {
    new Notification(title, options);
  } catch {
    // Some browsers allow notifications only from a service worker; the chime and the title still signal.
  }
}
