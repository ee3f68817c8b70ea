import type { Theme } from '../domain/records';
import type { AppStore } from '../store/app-store';

/** Mirrors the theme preference onto <html data-theme>; "system" removes it so the media query decides. */
export function syncTheme(store: AppStore): () => void {
  const apply = (theme: Theme) => {
    if (theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  };
  apply(store.getState().preferences.theme);
  return store.subscribe((state, previous) => {
    if (state.preferences.theme !== previous.preferences.theme) apply(state.preferences.theme);
  });
}

export function effectiveTheme(theme: Theme): 'light' | 'dark' {
  if (theme !== 'system') return theme;
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
