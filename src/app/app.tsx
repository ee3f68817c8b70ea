import { RouterProvider } from 'react-router-dom';
import type { AppStore } from '../store/app-store';
import { AppStoreContext } from '../store/use-app-store';
import { ErrorBoundary } from './error-boundary';
import { router } from './router';

export function App({ store }: { store: AppStore }) {
  return (
    <ErrorBoundary>
      <AppStoreContext value={store}>
        <RouterProvider router={router} />
      </AppStoreContext>
    </ErrorBoundary>
  );
}
