import { MemoryEventStore } from '@cdv/eventsourcing';
import { describeEventStoreContract } from './event-store.contract';

describeEventStoreContract('memory', async () => new MemoryEventStore());
