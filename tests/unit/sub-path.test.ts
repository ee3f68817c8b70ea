import { describe, expect, it, vi } from 'vitest';
import { addClosingSlash, viewPath } from '../../src/app/sub-path';

describe('the build sub-path in addresses', () => {
  it('finds the view in an address under the sub-path, with or without a closing slash', () => {
    expect(viewPath('/ml-pro/', '/ml-pro/')).toBe('/');
    expect(viewPath('/ml-pro/plan', '/ml-pro/')).toBe('/plan');
    expect(viewPath('/ml-pro/plan/', '/ml-pro/')).toBe('/plan');
    expect(viewPath('/plan', '/')).toBe('/plan');
    expect(viewPath('/', '/')).toBe('/');
  });

  it('adds the closing slash to the bare sub-path, keeping the query and fragment', () => {
    const history = { state: { idx: 0 }, replaceState: vi.fn() };
    addClosingSlash({ pathname: '/ml-pro', search: '?a=1', hash: '#x' }, history, '/ml-pro/');
    expect(history.replaceState).toHaveBeenCalledWith({ idx: 0 }, '', '/ml-pro/?a=1#x');
  });

  it('leaves every other address alone', () => {
    const history = { state: null, replaceState: vi.fn() };
    addClosingSlash({ pathname: '/ml-pro/plan', search: '', hash: '' }, history, '/ml-pro/');
    addClosingSlash({ pathname: '/ml-pro-old', search: '', hash: '' }, history, '/ml-pro/');
    addClosingSlash({ pathname: '/', search: '', hash: '' }, history, '/');
    expect(history.replaceState).not.toHaveBeenCalled();
  });
});
