import { actorOf, commandMetadataFor, type RequestContext } from './request-context';

const context = (organisationId?: string): RequestContext => ({
  identity: { sub: 'agent@mel', memberships: [{ tenant: 'mel', roles: ['agent'], ...(organisationId ? { organisationId } : {}) }] },
  tenantId: 'mel',
  membership: { tenant: 'mel', roles: ['agent', 'instructeur'], ...(organisationId ? { organisationId } : {}) },
  role: 'instructeur',
  correlationId: 'corr-1',
});

describe('who acts, as events record it', () => {
  it('is the token’s subject under the role that granted the operation, with its organisation when it has one', () => {
    expect(actorOf(context('caf-62'))).toEqual({ userId: 'agent@mel', role: 'instructeur', organisationId: 'caf-62' });
    expect(actorOf(context())).toEqual({ userId: 'agent@mel', role: 'instructeur' });
  });
});

describe('the metadata of a command sent through the API', () => {
  const now = new Date('2024-03-01T10:00:00.000Z');

  it('takes its tenant from the request context, the server clock and the correlation id', () => {
    expect(commandMetadataFor(context(), {}, now)).toEqual({
      tenantId: 'mel',
      actor: { userId: 'agent@mel', role: 'instructeur' },
      now: '2024-03-01T10:00:00.000Z',
      source: 'api',
      correlationId: 'corr-1',
    });
  });

  it('keeps the whole input beside a commandId: the idempotency fingerprint is computed from it', () => {
    const input = { commandId: 'c-1', reason: 'erreur de saisie', effectiveAt: '2024-02-28T00:00:00.000Z' };
    expect(commandMetadataFor(context(), input, now)).toMatchObject({
      commandId: 'c-1',
      request: input,
      reason: 'erreur de saisie',
      effectiveAt: '2024-02-28T00:00:00.000Z',
    });
  });

  it('leaves out what the client left empty', () => {
    const metadata = commandMetadataFor(context(), { commandId: null, reason: '', effectiveAt: null }, now);
    expect(Object.keys(metadata).sort()).toEqual(['actor', 'correlationId', 'now', 'source', 'tenantId']);
  });
});
