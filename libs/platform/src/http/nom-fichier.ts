/**
 * A file's name is metadata only (shown in lists, given back in Content-Disposition), never a path: the store
 * names files by their hash. What a browser sends is checked and tidied here; a name that is a path, or that
 * could mislead a reader (control or bidirectional characters: « facture‮fdp.exe »), is refused.
 */

export const NOM_MAX = 255;

export class NomDeFichierRefuse extends Error {
  override readonly name = 'NomDeFichierRefuse';
  readonly code = 'INVALID_FILENAME';
}

// C0 and C1 controls, DEL; bidirectional marks, embeddings, overrides and isolates.
const INTERDITS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/** The name to record: NFC, spaces tidied; refuses a missing, path-like, misleading or too long name. */
export function nomDeFichier(brut: string | undefined | null): string {
  const normalise = (brut ?? '').normalize('NFC');
  if (INTERDITS.test(normalise)) throw new NomDeFichierRefuse('the file name holds control or text-direction characters: rename the file');
  const nom = normalise.replace(/\s+/gu, ' ').trim();
  if (!nom) throw new NomDeFichierRefuse('the file has no name: send it with its file name');
  if (/[\\/]/.test(nom) || /^[A-Za-z]:/.test(nom) || /^\.+$/.test(nom)) {
    throw new NomDeFichierRefuse(`"${nom.slice(0, 80)}" is a path, not a file name: send the file's name alone`);
  }
  if (nom.length > NOM_MAX) throw new NomDeFichierRefuse(`the file name is longer than ${NOM_MAX} characters: rename the file`);
  return nom;
}

/**
 * `attachment` with the name twice (RFC 6266): an ASCII fallback for old clients, quoted with nothing that could
 * end the quote, and the exact name percent-encoded in UTF-8 (RFC 8187).
 */
export function contentDisposition(nom: string): string {
  const ascii =
    nom
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^\x20-\x7e]|["\\%]/g, '_')
      .trim() || 'piece';
  const encoded = encodeURIComponent(nom).replace(/['()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
