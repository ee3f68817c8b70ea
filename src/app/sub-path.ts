// The build's sub-path (BASE_PATH, README "Publish it"): `/`, or e.g. `/ml-pro/`, always with its closing slash.
// The router's basename keeps that slash, so the link to Today is /ml-pro/, inside the service worker's scope.

/** The view's path in an address: `/ml-pro/plan/` is `/plan` in a build for /ml-pro/. */
export function viewPath(pathname: string, base: string): string {
  const inApp = pathname.startsWith(base) ? pathname.slice(base.length - 1) : pathname;
  return inApp.replace(/\/+$/, '') || '/';
}

/**
 * The sub-path typed without its closing slash (/ml-pro) is outside both the router's basename and the service
 * worker's scope, so it would show "Page not found" online and nothing offline: it becomes /ml-pro/ in place.
 */
export function addClosingSlash(
  location: Pick<Location, 'pathname' | 'search' | 'hash'>,
  history: Pick<History, 'replaceState' | 'state'>,
  base: string,
): void {
  if (base !== '/' && location.pathname === base.slice(0, -1))
    history.replaceState(history.state, '', `${base}${location.search}${location.hash}`);
}
