import { useAppStore } from '../store/use-app-store';
import { effectiveTheme } from './theme';

/** One press flips light and dark; "follow the system" lives in Data → Preferences. */
export function ThemeToggle() {
  const theme = useAppStore((s) => s.preferences.theme);
  const updatePreferences = useAppStore((s) => s.updatePreferences);
  const next = effectiveTheme(theme) === 'dark' ? 'light' : 'dark';
  return (
    <button type="button" className="icon-button" onClick={() => void updatePreferences({ theme: next })}>
      <span aria-hidden="true">{next === 'dark' ? '☾' : '☀'}</span>
      <span className="visually-hidden">Switch to {next} theme</span>
    </button>
  );
}
