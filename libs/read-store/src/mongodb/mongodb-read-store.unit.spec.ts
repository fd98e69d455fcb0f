import { BSON } from 'mongodb';
import { TenantNotStorable } from '../read-store.port';
import { MongoReadStore, mongoClient } from './mongodb-read-store';

// What the MongoDB adapter decides before it talks to a server (no connection is opened here: the driver connects
// on the first operation). Its behaviour against a server is the read-store contract, run when MONGODB_URL is set.
describe('MongoDB read store, without a server', () => {
  const client = mongoClient({ url: 'mongodb://127.0.0.1:9/?replicaSet=rs0', client: { ignoreUndefined: false } });
  afterAll(() => client.close());

  it('stores undefined as no value: ignoreUndefined is on, whatever the client options say', () => {
    expect(client.bsonOptions.ignoreUndefined).toBe(true);
    // what the driver sends for a document with the options every operation inherits from the client
    const sent = BSON.deserialize(BSON.serialize({ _id: 'u1', pilier: undefined, porteur: { siret: undefined } }, client.bsonOptions));
    expect(sent).toEqual({ _id: 'u1', porteur: {} });
  });

  it('refuses a tenant whose database name MongoDB cannot hold, with TenantNotStorable (the runner skips it, ADR 0013)', () => {
    const store = new MongoReadStore(client, 'cdv', true);
    const longest = 'a'.repeat(59); // cdv_ + 59 = 63 bytes
    expect(store.forTenant(longest).tenantId).toBe(longest);
    const tooLong = `${longest}b`;
    expect(() => store.forTenant(tooLong)).toThrow(TenantNotStorable);
    expect(() => store.forTenant(tooLong)).toThrow(
      `the read store cannot hold tenant "${tooLong}": its database name cdv_${tooLong} is longer than MongoDB's 63 bytes`,
    );
  });

  it('refuses MongoDB’s own system collections', () => {
    const tenant = new MongoReadStore(client, 'cdv', true).forTenant('mel');
    expect(() => tenant.collection('system.views')).toThrow(/not a read-store collection name/);
  });
});
