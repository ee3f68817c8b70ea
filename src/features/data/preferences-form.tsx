import { useState } from 'react';
import type { Theme } from '../../domain/records';
import { useAppStore } from '../../store/use-app-store';
import { Choice } from '../../ui/choice';
import { RadioGroup, type RadioOption } from '../../ui/radio-group';

const themes: RadioOption<Theme>[] = [
  { value: 'system', label: 'Follow the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export function PreferencesForm() {
  const preferences = useAppStore((s) => s.preferences);
  const updatePreferences = useAppStore((s) => s.updatePreferences);
  const [notice, setNotice] = useState<string | null>(null);

  const setNotifications = async (wanted: boolean) => {
    setNotice(null);
    if (!wanted) {
      await updatePreferences({ notifications: false });
      return;
    }
    if (typeof Notification === 'undefined') {
      setNotice('This browser cannot show notifications.');
      return;
    }
    const permission =
      Notification.permission === 'default'
        ? await Notification.requestPermission()
        : Notification.permission;
    if (permission === 'granted') await updatePreferences({ notifications: true });
    else
      setNotice('Notifications are blocked for this site. Allow them in the browser’s site settings first.');
  };

  return (
    <section className="card" aria-labelledby="preferences-heading">
      <h2 id="preferences-heading">Preferences</h2>
      <RadioGroup
        legend="Theme"
        name="theme"
        value={preferences.theme}
        options={themes}
        onChange={(theme) => void updatePreferences({ theme })}
      />
      <fieldset>
        <legend>Session timer</legend>
        <Choice
          checked={preferences.sound}
          onCheckedChange={(sound) => void updatePreferences({ sound })}
          label="Sound"
          detail="A short tone when a phase ends."
        />
        <Choice
          checked={preferences.notifications}
          aria-describedby={notice ? 'notifications-error' : undefined}
          onCheckedChange={(notifications) => void setNotifications(notifications)}
          label="Notifications"
          detail="A notification when a phase ends while the app is in the background."
        />
        {notice && (
          <p id="notifications-error" className="field-error">
            {notice}
          </p>
        )}
      </fieldset>
    </section>
  );
}
