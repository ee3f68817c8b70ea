import Dexie, { type EntityTable } from 'dexie';

export interface FloorRow {
  id: string;
  value: number;
}

export class FloorDatabase extends Dexie {
  rows!: EntityTable<FloorRow, 'id'>;

  constructor() {
    super('bench-floor', { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ rows: '&id' });
  }
}
