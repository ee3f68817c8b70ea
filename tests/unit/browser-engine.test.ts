import { describe, expect, it } from 'vitest';
import {
  backupReminderThresholdDays,
  isInstalledDisplay,
  isWebKitUserAgent,
  webKitInstallPlace,
} from '../../src/platform/browser-engine';

const userAgents = {
  iPhoneSafari:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1',
  iPhoneChrome:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/138.0.7204.119 Mobile/15E148 Safari/604.1',
  iPhoneFirefox:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/141.0 Mobile/15E148 Safari/605.1.15',
  macSafari:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Safari/605.1.15',
  webKitGtk:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/60.5 Safari/605.1.15',
  desktopChrome:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36',
  edge: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36 Edg/138.0.0.0',
  androidChrome:
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Mobile Safari/537.36',
  firefox: 'Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0',
};

describe('isWebKitUserAgent', () => {
  it.each(['iPhoneSafari', 'iPhoneChrome', 'iPhoneFirefox', 'macSafari', 'webKitGtk'] as const)(
    '%s runs WebKit',
    (name) => expect(isWebKitUserAgent(userAgents[name])).toBe(true),
  );
  it.each(['desktopChrome', 'edge', 'androidChrome', 'firefox'] as const)('%s does not', (name) =>
    expect(isWebKitUserAgent(userAgents[name])).toBe(false),
  );
});

describe('isInstalledDisplay', () => {
  const media = (matching: string | null) => (query: string) => ({ matches: query === matching });
  it('is a tab when no display mode matches and Safari does not say standalone', () => {
    expect(isInstalledDisplay({ matchMedia: media(null), navigator: {} })).toBe(false);
    expect(isInstalledDisplay({ navigator: { standalone: false } })).toBe(false);
  });
  it('is installed when opened from the Home Screen (navigator.standalone) or in an app display mode', () => {
    expect(isInstalledDisplay({ navigator: { standalone: true } })).toBe(true);
    expect(isInstalledDisplay({ matchMedia: media('(display-mode: standalone)'), navigator: {} })).toBe(true);
    expect(isInstalledDisplay({ matchMedia: media('(display-mode: fullscreen)'), navigator: {} })).toBe(true);
  });
});

describe('backupReminderThresholdDays', () => {
  it('asks after 3 days in a WebKit tab, which may be erased after 7, and keeps the usual threshold elsewhere', () => {
    expect(backupReminderThresholdDays(7, true)).toBe(3);
    expect(backupReminderThresholdDays(7, false)).toBe(7);
    // Never later than the usual threshold, should that ever be shorter.
    expect(backupReminderThresholdDays(2, true)).toBe(2);
  });
});

describe('webKitInstallPlace', () => {
  it('is the Dock for Safari on a Mac, and the Home Screen on iPhone and on an iPad that reports a Mac', () => {
    expect(webKitInstallPlace(userAgents.macSafari, 0)).toBe('dock');
    expect(webKitInstallPlace(userAgents.macSafari, 5)).toBe('home-screen');
    expect(webKitInstallPlace(userAgents.iPhoneSafari, 5)).toBe('home-screen');
  });
});
