import { Directive, Field, ObjectType } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';
import { ApiError } from './error-codes';

@ObjectType()
@Directive('@shareable')
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field()
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true })
  startCursor: string | null;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds the `XxxConnection` and `XxxEdge` object types for a node type (Relay cursor connections), in the node's context. */
export function ConnectionType<T>(node: Type<T>, name: string, options: { registerIn?: () => Type<unknown> } = {}): Type<Connection<T>> {
  @ObjectType(`${name}Edge`, options)
  class EdgeType {
    @Field()
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType(`${name}Connection`, options)
  class ConnectionClass {
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field({ description: 'Number of nodes matching the filter, all pages together.' })
    totalCount: number;
  }
  return ConnectionClass as Type<Connection<T>>;
}

/** Opaque cursors: an offset in the sorted result, base64url-encoded. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString();
  const match = /^o:(\d+)$/.exec(text);
  if (!match) throw new ApiError('VALIDATION_FAILED', `cursor "${cursor}" is not a cursor of this API`, { field: 'after' });
  return Number(match[1]);
}

export const MAX_PAGE_SIZE = 200;

/** Validates `first`/`after` and returns the skip/limit to query with. */
export function pageWindow(first: number | undefined, after: string | undefined, defaultSize = 50): { skip: number; limit: number } {
  const limit = first ?? defaultSize;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) {
    throw new ApiError('VALIDATION_FAILED', `first must be between 0 and ${MAX_PAGE_SIZE}`, { field: 'first' });
  }
  return { skip: after ? decodeCursor(after) + 1 : 0, limit };
}

export function toConnection<T>(nodes: T[], skip: number, totalCount: number): Connection<T> {
  const edges = nodes.map((node, index) => ({ cursor: encodeCursor(skip + index), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: skip + nodes.length < totalCount,
      hasPreviousPage: skip > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
