import Dexie, { type DBCore, type Middleware } from 'dexie';

/** Fails the chosen operations the way Chrome does on a full disk: a QuotaExceededError inside Dexie's AbortError. */
export function fullDisk(when: { writes: boolean; reads: boolean }): Middleware<DBCore> {
  const quota = () =>
    Promise.reject(
      new Dexie.AbortError('Transaction aborted', new DOMException('full', 'QuotaExceededError')),
    );
  return {
    stack: 'dbcore',
    name: 'full-disk',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request) => (when.writes ? quota() : table.mutate(request)),
          getMany: (request) => (when.reads ? quota() : table.getMany(request)),
        };
      },
    }),
  };
}
