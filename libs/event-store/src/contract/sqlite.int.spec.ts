import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '../sqlite/sqlite-event-store';
import { describeEventStoreContract } from './event-store.contract';

// A fresh file per test, in one temp folder removed at the end.
const folder = mkdtempSync(join(tmpdir(), 'cdv-event-store-contract-'));
let count = 0;
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describeEventStoreContract('sqlite', async () => new SqliteEventStore(join(folder, `store-${++count}.db`), { pollIntervalMs: 50 }));
