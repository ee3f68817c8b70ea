import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, expect, vi } from 'vitest';

// On a loaded 2-core CI machine a view can take more than Testing Library's default second to settle; waiting
// longer changes no assertion, only how long a findBy or waitFor keeps looking.
configure({ asyncUtilTimeout: 5_000 });

// React reports misuse of its hooks on console.error and carries on; in a test it must fail, or it goes unseen.
const reactMisuse = /incorrect use of use\(\)|change in the order of Hooks|Rendered (more|fewer) hooks/;
let misuse: string[] = [];

beforeEach(() => {
  misuse = [];
  const original = console.error.bind(console);
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    const text = args.map((arg) => (arg instanceof Error ? arg.message : String(arg))).join(' ');
    if (reactMisuse.test(text)) misuse.push(text.slice(0, 200));
    original(...args);
  });
});

afterEach(() => {
  cleanup();
  expect(misuse, 'React reported a misuse of hooks').toEqual([]);
});
