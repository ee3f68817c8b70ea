/**
 * The address the build serves the app from, from `BASE_PATH`: `/` (the default) or a sub-path such as
 * `/ml-pro/` for a GitHub Pages project site. Slashes at either end are added when missing, so `ml-pro` works
 * too; anything that is not a plain path is refused with the reason, before a build that would break in the
 * browser is written.
 */
export function basePath(value: string | undefined): string {
  const trimmed = (value ?? '').trim();
  if (trimmed === '' || trimmed === '/') return '/';
  const segments = trimmed.split('/').filter((segment) => segment !== '');
  const bad = segments.find((segment) => segment === '.' || segment === '..' || !/^[\w.~-]+$/.test(segment));
  if (bad !== undefined)
    throw new Error(
      `BASE_PATH "${value}" is not a plain path: "${bad}" may use only letters, digits, "-", "_", "." and "~" (e.g. BASE_PATH=/ml-pro/).`,
    );
  return `/${segments.join('/')}/`;
}
