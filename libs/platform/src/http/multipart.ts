import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import busboy from 'busboy';
import { GraphQLError } from 'graphql';

/** The one file of an upload request, as its bytes arrive. */
export interface FichierRecu {
  /** The name as sent (busboy keeps paths: `nomDeFichier` refuses them instead of silently cutting them). */
  nom: string | undefined;
  contenu: Readable;
  /** Settles when the whole body was read: rejects when the body is malformed or holds another part. */
  termine: Promise<void>;
}

export const PART_FICHIER = 'fichier';

const mauvaisCorps = (message: string) => new GraphQLError(message, { extensions: { code: 'VALIDATION_FAILED', field: 'body' } });

/**
 * Reads a `multipart/form-data` body holding exactly one part: the file, named `fichier` (busboy, streamed: the
 * bytes are never buffered whole). Resolves as soon as the file part starts; anything else in the body is
 * refused through `termine`. `maxBytes + 1` bytes at most are passed on (the inspection refuses the last one).
 */
export function lireUnFichier(request: IncomingMessage, maxBytes: number): Promise<FichierRecu> {
  const type = request.headers['content-type'] ?? '';
  if (!/^multipart\/form-data\s*;/i.test(type)) {
    return Promise.reject(mauvaisCorps(`send the file as multipart/form-data with one part named "${PART_FICHIER}"`));
  }
  let parser: busboy.Busboy;
  try {
    // Browsers send a file name as raw UTF-8 in `filename="…"`: busboy reads latin1 unless told.
    parser = busboy({
      headers: request.headers,
      preservePath: true,
      defParamCharset: 'utf8',
      limits: { files: 1, fields: 0, parts: 2, fileSize: maxBytes + 1, headerPairs: 20 },
    });
  } catch (error) {
    return Promise.reject(mauvaisCorps(`malformed multipart request: ${(error as Error).message}`));
  }
  return new Promise((resolve, reject) => {
    let started = false;
    let settle: { resolve: () => void; reject: (error: Error) => void } | null = null;
    const termine = new Promise<void>((resolveEnd, rejectEnd) => (settle = { resolve: resolveEnd, reject: rejectEnd }));
    // A refusal after the file started is read through `termine`: keep it from being an unhandled rejection meanwhile.
    termine.catch(() => undefined);
    const fail = (error: GraphQLError) => (started ? settle?.reject(error) : reject(error));
    parser.on('file', (name, stream, info) => {
      if (name !== PART_FICHIER) {
        stream.resume();
        return fail(mauvaisCorps(`the file part must be named "${PART_FICHIER}" (got "${name.slice(0, 50)}")`));
      }
      started = true;
      resolve({ nom: info.filename, contenu: stream, termine });
    });
    const uneSeulePart = () => fail(mauvaisCorps(`send one part only: the file, named "${PART_FICHIER}" (one file per request)`));
    // busboy signals a field or a second file beyond these limits; `partsLimit` only says the count was reached.
    parser.on('fieldsLimit', uneSeulePart);
    parser.on('filesLimit', uneSeulePart);
    parser.on('error', (error: Error) => fail(mauvaisCorps(`malformed multipart body: ${error.message}`)));
    parser.on('close', () => {
      if (!started) reject(mauvaisCorps(`no file: send one part named "${PART_FICHIER}"`));
      settle?.resolve();
    });
    request.pipe(parser);
  });
}
