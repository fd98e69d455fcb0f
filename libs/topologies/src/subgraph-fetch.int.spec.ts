import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { subgraphFetch } from './subgraph-fetch';

/** A server that resets the connection of the first `resets` requests, then answers. */
function flakyServer(resets: number): Promise<{ url: string; requests: () => number; close: () => Promise<void> }> {
  let count = 0;
  const server: Server = createServer((request, response) => {
    count += 1;
    request.resume();
    if (count <= resets) {
      request.socket.destroy();
      return;
    }
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ data: { ok: true } }));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
        requests: () => count,
        close: () => new Promise((done) => server.close(() => done())),
      }),
    ),
  );
}

const post = (query: string): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });

describe('the gateway’s fetch to a subgraph', () => {
  it('sends a read again when the connection was reset, and gets the answer', async () => {
    const server = await flakyServer(2);
    try {
      const response = await subgraphFetch(server.url, post('query { territoire { nom } }'));
      expect(await response.json()).toEqual({ data: { ok: true } });
      expect(server.requests()).toBe(3);
    } finally {
      await server.close();
    }
  });

  it('gives up on a read after two retries', async () => {
    const server = await flakyServer(10);
    try {
      await expect(subgraphFetch(server.url, post('{ territoire { nom } }'))).rejects.toThrow('fetch failed');
      expect(server.requests()).toBe(3);
    } finally {
      await server.close();
    }
  });

  it('never sends a mutation twice: it may have been applied', async () => {
    const server = await flakyServer(1);
    try {
      await expect(subgraphFetch(server.url, post('mutation { cloreComite(input: {comiteId: "c"}) { revision } }'))).rejects.toThrow('fetch failed');
      expect(server.requests()).toBe(1);
    } finally {
      await server.close();
    }
  });
});
