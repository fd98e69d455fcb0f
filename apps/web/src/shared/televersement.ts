import { ApiError, type Credentials } from '../graphql/client';

/** A progress line of an import endpoint (docs/api.md « Imports »): counters, whatever the import. */
export type Progression = Record<string, number>;

/**
 * Sends a file to an import endpoint beside /graphql (multipart, the part `fichier`) with the session's token and
 * workspace, and reads its answer as it comes: each `{"progression": …}` line goes to `onProgression`, the last line
 * is the result (or the refusal, as an ApiError with its code).
 */
export async function televerser<T>(
  chemin: string,
  fichier: File,
  credentials: Credentials,
  onProgression?: (progression: Progression) => void,
  signal?: AbortSignal,
): Promise<T> {
  // Read now: a file changed on disk since it was chosen (saved again from the spreadsheet) can no longer be read.
  let octets: ArrayBuffer;
  try {
    octets = await fichier.arrayBuffer();
  } catch {
    throw new ApiError(
      'Le fichier ne peut plus être lu : il a sans doute été modifié depuis que vous l’avez choisi. Choisissez-le de nouveau.',
      'VALIDATION_FAILED',
      { field: 'fichier' },
    );
  }
  const form = new FormData();
  form.append('fichier', new Blob([octets]), fichier.name);
  let response: Response;
  try {
    response = await fetch(chemin, {
      method: 'POST',
      headers: { authorization: `Bearer ${credentials.token}`, 'x-tenant': credentials.tenant, accept: 'application/x-ndjson' },
      body: form,
      signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError('Le serveur ne répond pas : vérifiez la connexion puis réessayez.', 'NETWORK');
  }
  if (!(response.headers.get('content-type') ?? '').startsWith('application/x-ndjson') || !response.body) {
    const body = (await response.json().catch(() => ({}))) as { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
    const error = body.errors?.[0];
    throw new ApiError(
      error?.message ?? `Réponse illisible du serveur (HTTP ${response.status}).`,
      String(error?.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR'),
      error?.extensions ?? {},
    );
  }
  const lecteur = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let reste = '';
  for (;;) {
    const { value, done } = await lecteur.read();
    reste += value ?? '';
    const lignes = reste.split('\n');
    reste = done ? '' : (lignes.pop() ?? '');
    for (const ligne of lignes.filter((candidate) => candidate.trim())) {
      const objet = JSON.parse(ligne) as { progression?: Progression; resultat?: T; erreur?: { message: string; extensions?: Record<string, unknown> } };
      if (objet.progression) onProgression?.(objet.progression);
      if (objet.erreur)
        throw new ApiError(objet.erreur.message, String(objet.erreur.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR'), objet.erreur.extensions ?? {});
      if (objet.resultat !== undefined) return objet.resultat;
    }
    if (done) throw new ApiError('La réponse du serveur s’est interrompue : relancez l’import (ce qui est enregistré ne sera pas refait).', 'NETWORK');
  }
}
