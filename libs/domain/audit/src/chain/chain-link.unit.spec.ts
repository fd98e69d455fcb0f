import { verifyStreamChain, type RecordedEvent } from '@cdv/eventsourcing';
import { recordEvents } from '@cdv/testing';
import { STREAM_START, verifyChainLink, type ChainCursor } from './chain-link';

function walk(events: RecordedEvent[], start: ChainCursor = STREAM_START) {
  let cursor = start;
  for (const event of events) {
    const broken = verifyChainLink(cursor, event);
    if (broken) return broken;
    cursor = { revision: event.revision, hash: event.metadata.hash };
  }
  return null;
}

describe('verifyChainLink', () => {
  const events = recordEvents(Array.from({ length: 4 }, (_, index) => ({ stream: 'mel:dossier-1', event: { type: 'DossierModifie', data: { n: index } } })));

  it('agrees with verifyStreamChain on a sound stream and on each kind of break', () => {
    expect(walk(events)).toBeNull();
    expect(verifyStreamChain(events)).toBeNull();
    const altered = events.map((event, index) => (index === 2 ? { ...event, data: { n: 99 } } : event));
    const gap = events.filter((_, index) => index !== 1);
    const relinked = events.map((event, index) => (index === 1 ? { ...event, metadata: { ...event.metadata, prevHash: '0'.repeat(64) } } : event));
    for (const broken of [altered, gap, relinked]) expect(walk(broken)).toEqual(verifyStreamChain(broken));
    expect(walk(altered)?.problem).toBe('hash_mismatch');
    expect(walk(gap)?.problem).toBe('revision_gap');
    expect(walk(relinked)?.problem).toBe('prev_hash_mismatch');
  });

  it('starts a stream at a later revision from its declared prevHash', () => {
    expect(walk(events.slice(2), { revision: 1, hash: events[1].metadata.hash })).toBeNull();
    expect(walk(events.slice(2), { revision: 1, hash: events[0].metadata.hash })?.problem).toBe('prev_hash_mismatch');
  });
});
