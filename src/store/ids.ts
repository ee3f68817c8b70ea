/** Random ids without crypto.randomUUID, which browsers hide outside secure contexts (a phone on a LAN address). */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
