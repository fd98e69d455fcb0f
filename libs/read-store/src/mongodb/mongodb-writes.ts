import type { ReadDocument } from '@cdv/eventsourcing';
import type { AnyBulkWriteOperation, Document } from 'mongodb';
import type { AnyReadDocument, BulkWriteResult, WriteOperation } from '../read-store.port';

/** Read-model documents have string ids. */
export interface StoredDocument extends Document {
  _id: string;
}

/**
 * Translates the port's writes into driver bulk operations, with the `_position` guard expressed server-side
 * so it holds without a transaction (standalone server) and never raises inside one:
 * - an upsert of a positioned document is an update pipeline that keeps the stored document when its
 *   `_position` is already at or past the new one (`$replaceWith` + `$cond`; `$literal` so that values looking
 *   like `$expressions` stay data);
 * - a positioned delete only matches documents written before that position.
 */
export function toMongoWrite(operation: WriteOperation<ReadDocument> | WriteOperation<AnyReadDocument>): AnyBulkWriteOperation<StoredDocument> {
  const id = operation.id;
  if (typeof id !== 'string' || id === '') throw new TypeError('a write needs a non-empty string id');
  if (operation.kind === 'upsert') {
    const document: StoredDocument = { ...(operation.document as unknown as Document), _id: id };
    const position = document._position;
    if (typeof position !== 'number') {
      const { _id: _ignored, ...replacement } = document;
      return { replaceOne: { filter: { _id: id }, replacement, upsert: true } };
    }
    return {
      updateOne: {
        filter: { _id: id },
        update: [{ $replaceWith: { $cond: { if: { $gte: ['$_position', position] }, then: '$$ROOT', else: { $literal: document } } } }],
        upsert: true,
      },
    };
  }
  if (operation.kind === 'update') {
    const keys = Object.keys(operation.update);
    if (keys.length === 0 || keys.some((key) => !key.startsWith('$'))) {
      throw new TypeError(`an update takes MongoDB update operators ($set, $inc…), got ${JSON.stringify(keys)}`);
    }
    return { updateOne: { filter: { _id: id }, update: operation.update, upsert: operation.upsert ?? false } };
  }
  if (operation.position === undefined) return { deleteOne: { filter: { _id: id } } };
  return { deleteOne: { filter: { _id: id, $or: [{ _position: { $lt: operation.position } }, { _position: { $exists: false } }] } } };
}

/** The driver's counts in the port's terms: a matched-but-unchanged upsert is a replay the guard skipped. */
export function toBulkWriteResult(result: { upsertedCount: number; modifiedCount: number; matchedCount: number; deletedCount: number }): BulkWriteResult {
  return {
    written: result.upsertedCount + result.modifiedCount,
    deleted: result.deletedCount,
    skipped: Math.max(0, result.matchedCount - result.modifiedCount),
  };
}
