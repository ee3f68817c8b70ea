import type { Page } from '@playwright/test';

export const sampleRoutes: readonly ['/', '/plan', '/session', '/misses', '/data'];
export function openWithSampleData(page: Page, path: string): Promise<void>;
