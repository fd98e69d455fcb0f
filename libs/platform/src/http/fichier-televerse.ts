import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';
import { GraphQLError } from 'graphql';

/** The multipart part that holds the file (the same name as the document uploads). */
export const PART_FICHIER = 'fichier';

/** Multipart boundaries and part headers around the file: what a body may hold beyond the file itself. */
export const ENVELOPPE_MULTIPART = 64 * 1024;

export interface FichierTeleverse {
  /** The file's own name, without any folder, as the person knows it. */
  nom: string;
  octets: Buffer;
}

const mauvaisCorps = (message: string) => new GraphQLError(message, { extensions: { code: 'VALIDATION_FAILED', field: 'body' } });
export const fichierTropGrand = (maxBytes: number, variable: string) =>
  new GraphQLError(`the file exceeds ${maxBytes} bytes (${variable}): split it, or ask the operator to raise the limit`, {
    extensions: { code: 'PAYLOAD_TOO_LARGE', limit: maxBytes },
  });

/**
 * Reads a `multipart/form-data` body holding one part, the file named `fichier`, into memory: for files the server
 * reads whole anyway (a spreadsheet, a CSV list) and bounds to `maxBytes`. A declared length far over the bound is
 * refused before reading; a body that grows past it is refused as soon as it does. Anything else in the body (a
 * field, a second file) is refused.
 */
export function lireFichierTeleverse(request: IncomingMessage, maxBytes: number, variable: string): Promise<FichierTeleverse> {
  const type = request.headers['content-type'] ?? '';
  if (!/^multipart\/form-data\s*;/i.test(type)) {
    return Promise.reject(mauvaisCorps(`send the file as multipart/form-data with one part named "${PART_FICHIER}"`));
  }
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes + ENVELOPPE_MULTIPART) return Promise.reject(fichierTropGrand(maxBytes, variable));
  let parser: busboy.Busboy;
  try {
    // Browsers send a file name as raw UTF-8 in `filename="…"`: busboy reads latin1 unless told.
    parser = busboy({ headers: request.headers, defParamCharset: 'utf8', limits: { files: 1, fields: 0, parts: 2, fileSize: maxBytes, headerPairs: 20 } });
  } catch (error) {
    return Promise.reject(mauvaisCorps(`malformed multipart request: ${(error as Error).message}`));
  }
  return new Promise((resolve, reject) => {
    let fichier: FichierTeleverse | null = null;
    let echec: GraphQLError | null = null;
    // The body is done when busboy closed and the file part (if any) was read to its end.
    let corpsLu = false;
    let partEnCours = false;
    const echouer = (error: GraphQLError) => {
      echec ??= error;
    };
    const conclure = () => {
      if (!corpsLu || partEnCours) return;
      if (echec) reject(echec);
      else if (!fichier) reject(mauvaisCorps(`no file: send one part named "${PART_FICHIER}"`));
      else if (fichier.octets.length === 0) reject(mauvaisCorps('the file is empty'));
      else resolve(fichier);
    };
    parser.on('file', (name, stream, info) => {
      if (name !== PART_FICHIER || fichier || partEnCours) {
        stream.resume();
        return echouer(
          name !== PART_FICHIER
            ? mauvaisCorps(`the file part must be named "${PART_FICHIER}" (got "${name.slice(0, 50)}")`)
            : mauvaisCorps(`send one part only: the file, named "${PART_FICHIER}"`),
        );
      }
      partEnCours = true;
      const morceaux: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => morceaux.push(chunk));
      stream.on('limit', () => {
        // Refused now: the rest of the body is not read into the parser (the endpoint drains or cuts it).
        echouer(fichierTropGrand(maxBytes, variable));
        request.unpipe(parser);
        stream.resume();
        partEnCours = false;
        corpsLu = true;
        conclure();
      });
      stream.on('end', () => {
        partEnCours = false;
        if (!echec) fichier = { nom: nomDeFichier(info.filename), octets: Buffer.concat(morceaux) };
        conclure();
      });
    });
    const unSeulFichier = () => echouer(mauvaisCorps(`send one part only: the file, named "${PART_FICHIER}"`));
    parser.on('fieldsLimit', unSeulFichier);
    parser.on('filesLimit', unSeulFichier);
    parser.on('partsLimit', unSeulFichier);
    parser.on('error', (error: Error) => {
      echouer(mauvaisCorps(`malformed multipart body: ${error.message}`));
      partEnCours = false;
      corpsLu = true;
      conclure();
    });
    parser.on('close', () => {
      corpsLu = true;
      conclure();
    });
    request.pipe(parser);
  });
}

/** The name's last segment (browsers on Windows may send a path), without control characters, at most 200 characters. */
function nomDeFichier(nom: string | undefined): string {
  const dernier = (nom ?? '').split(/[\\/]/).pop() ?? '';
  const propre = dernier.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return (propre || 'fichier').slice(0, 200);
}
