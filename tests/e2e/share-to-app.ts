import type { Page } from '@playwright/test';

/**
 * Posts a file to the app's share target from the page, as Android's share sheet does (a multipart form POST
 * the service worker answers). The action is relative, so it reaches `share-target` under any sub-path.
 */
export function shareToApp(page: Page, name: string, bytes: number[]): Promise<void> {
  return page.evaluate(
    ([name, bytes]) => {
      const form = Object.assign(document.createElement('form'), {
        method: 'post',
        enctype: 'multipart/form-data',
        action: 'share-target',
      });
      const input = Object.assign(document.createElement('input'), { type: 'file', name: 'file' });
      const files = new DataTransfer();
      files.items.add(new File([new Uint8Array(bytes)], name));
      input.files = files.files;
      form.append(input);
      document.body.append(form);
      form.submit();
    },
    [name, bytes] as const,
  );
}
