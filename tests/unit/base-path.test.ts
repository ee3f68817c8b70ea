import { describe, expect, it } from 'vitest';
import { basePath } from '../../build/base-path';

describe('basePath (BASE_PATH for a sub-path build)', () => {
  it('is the root when unset or "/"', () => {
    expect(basePath(undefined)).toBe('/');
    expect(basePath('')).toBe('/');
    expect(basePath('/')).toBe('/');
  });

  it('adds the slashes a sub-path needs at both ends', () => {
    expect(basePath('/ml-pro/')).toBe('/ml-pro/');
    expect(basePath('ml-pro')).toBe('/ml-pro/');
    expect(basePath('/study/ml-pro')).toBe('/study/ml-pro/');
  });

  it('refuses what is not a plain path, naming the part', () => {
    expect(() => basePath('/../etc/')).toThrow(/"\.\." may use only/);
    expect(() => basePath('https://example.com/')).toThrow(/"https:"/);
    expect(() => basePath('/ml pro/')).toThrow(/"ml pro"/);
  });
});
