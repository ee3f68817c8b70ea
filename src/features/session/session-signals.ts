/**
 * The sounds and system notifications at a phase boundary. The chime is synthesised with Web Audio, so there is
 * no audio file to cache or fail to load offline.
 */

let audio: AudioContext | null = null;

/**
 * Creates or wakes the audio context. Browsers only let a page make sound after a user gesture, so this runs in
 * click and key handlers; the chime at a later boundary then plays from the context unlocked here.
 */
export function unlockAudio(): void {
  if (typeof AudioContext === 'undefined') return;
  audio ??= new AudioContext();
  if (audio.state === 'suspended') void audio.resume().catch(() => undefined);
}

/** Two soft notes, about half a second: audible over a desk, not startling. */
export function playChime(): void {
  unlockAudio();
  if (!audio || audio.state !== 'running') return;
  const start = audio.currentTime;
  [880, 660].forEach((frequency, i) => {
    const at = start + i * 0.22;
    const oscillator = audio!.createOscillator();
    const gain = audio!.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.25, at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.35);
    oscillator.connect(gain).connect(audio!.destination);
    oscillator.start(at);
    oscillator.stop(at + 0.4);
  });
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
