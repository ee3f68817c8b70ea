import { Outlet, useNavigation } from 'react-router-dom';
import { AppFrame } from './app-frame';
import { PwaUpdate } from './pwa-update';
import { StorageBanners } from './storage-banners';
import { ThemeToggle } from './theme-toggle';

export function Layout() {
  const navigation = useNavigation();
  return (
    <AppFrame headerEnd={<ThemeToggle />} busy={navigation.state === 'loading'}>
      <StorageBanners />
      <PwaUpdate />
      <Outlet />
    </AppFrame>
  );
}
