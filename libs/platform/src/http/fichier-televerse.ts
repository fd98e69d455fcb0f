import type { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import { lireUnFichier } from './multipart';
import { nomDeFichier, NomDeFichierRefuse } from './nom-fichier';

/** Multipart boundaries and part headers around the file: what a body may hold beyond the file itself. */
export const ENVELOPPE_MULTIPART = 64 * 1024;

export interface FichierTeleverse {
  /** The file's own name (`nomDeFichier`: never a path), as the person knows it. */
  nom: string;
  octets: Buffer;
}

export const fichierTropGrand = (maxBytes: number, variable: string) =>
  new GraphQLError(`the file exceeds ${maxBytes} bytes (${variable}): split it, or ask the operator to raise the limit`, {
    extensions: { code: 'PAYLOAD_TOO_LARGE', limit: maxBytes },
  });

/**
 * The one file of a multipart upload (`lireUnFichier`: one part named `fichier`), read into memory: for files the
 * server reads whole anyway (a spreadsheet, a CSV list) and bounds to `maxBytes`. A declared length far over the
 * bound is refused before reading; a body that grows past it is refused as soon as it does.
 */
export async function lireFichierTeleverse(request: IncomingMessage, maxBytes: number, variable: string): Promise<FichierTeleverse> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes + ENVELOPPE_MULTIPART) throw fichierTropGrand(maxBytes, variable);
  const upload = await lireUnFichier(request, maxBytes);
  let nom: string;
  try {
    nom = nomDeFichier(upload.nom);
  } catch (error) {
    upload.contenu.resume();
    if (error instanceof NomDeFichierRefuse) throw new GraphQLError(error.message, { extensions: { code: error.code, field: 'fichier' } });
    throw error;
  }
  const morceaux: Buffer[] = [];
  let taille = 0;
  for await (const morceau of upload.contenu as AsyncIterable<Buffer>) {
    taille += morceau.length;
    // `lireUnFichier` passes maxBytes + 1 bytes at most: one more than allowed means too large
    if (taille > maxBytes) {
      request.unpipe();
      throw fichierTropGrand(maxBytes, variable);
    }
    morceaux.push(morceau);
  }
  await upload.termine;
  if (taille === 0) throw new GraphQLError('the file is empty', { extensions: { code: 'VALIDATION_FAILED', field: 'body' } });
  return { nom, octets: Buffer.concat(morceaux) };
}
