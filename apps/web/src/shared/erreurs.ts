import { ApiError } from '../graphql/client';

/**
 * What each error code of the API (docs/api.md « Errors ») means for the person at the screen, in French, with
 * what to do next. The server's own message (English, precise) is shown beside it as the detail.
 */
export const EXPLICATIONS_ERREUR: Record<string, string> = {
  VALIDATION_FAILED: 'Une valeur n’est pas acceptée : corrigez le champ indiqué puis renvoyez.',
  NOT_FOUND: 'Introuvable dans cet espace de travail (ou pas encore à la date affichée).',
  FORBIDDEN: 'Votre rôle ne permet pas cette action, ou pas sur cet objet.',
  UNAUTHENTICATED: 'Votre session a expiré ou n’est pas reconnue : reconnectez-vous.',
  TENANT_MISMATCH: 'Votre compte ne donne pas accès à cet espace de travail : changez d’espace.',
  CONFLICT: 'L’objet a changé depuis que vous l’avez ouvert, ou cette demande a déjà été envoyée avec d’autres valeurs : rechargez puis recommencez.',
  INVALID_TRANSITION: 'Cette action n’est pas possible dans l’état actuel du dossier : rechargez pour voir son état.',
  QUERY_TOO_COMPLEX: 'La demande est trop lourde pour le serveur : réduisez la période ou les filtres.',
  PAYLOAD_TOO_LARGE: 'Ce qui est envoyé est trop volumineux : réduisez-le.',
  PERSISTED_QUERY_NOT_FOUND: 'Le serveur ne reconnaît pas cette demande : rechargez la page.',
  INTERNAL_SERVER_ERROR: 'Le serveur a rencontré une erreur : réessayez ; si elle persiste, signalez-la à l’administrateur.',
  NETWORK: 'Le serveur ne répond pas : vérifiez la connexion puis réessayez.',
  OIDC: 'Le fournisseur d’identité n’a pas permis la connexion : réessayez ; si cela persiste, contactez l’administrateur.',
  EMPTY_FILE: 'Le fichier est vide : choisissez le bon fichier.',
  INVALID_FILENAME: 'Le nom du fichier n’est pas accepté : renommez-le simplement (lettres, chiffres, tirets) puis réessayez.',
  FILE_TOO_LARGE: 'Le fichier est trop volumineux : réduisez-le (PDF compressé, scan en plus basse résolution).',
  DOSSIER_QUOTA_EXCEEDED: 'Le dossier a atteint la place réservée à ses pièces : remplacez ou retirez une pièce inutile.',
  UNSUPPORTED_MEDIA_TYPE: 'Ce type de fichier n’est pas accepté : envoyez un PDF, une image (PNG, JPEG) ou un document bureautique sans macros.',
  LINK_EXPIRED: 'Le lien de téléchargement a expiré : rechargez la page pour en obtenir un nouveau.',
  LINK_INVALID: 'Ce lien de téléchargement n’est pas valide : rechargez la page.',
};

/** The French explanation of an error's code. */
export function explication(error: Pick<ApiError, 'code'>): string {
  return EXPLICATIONS_ERREUR[error.code] ?? 'La demande a été refusée.';
}

/** « explanation — Détail du serveur : message (CODE) », for a field's error text. */
export function messageErreur(error: Pick<ApiError, 'code' | 'message'>): string {
  return `${explication(error)} ${detailErreur(error)}`;
}

/** The text under a field the server refused. */
export function messageChamp(error: Pick<ApiError, 'code' | 'message'>): string {
  return error.code === 'VALIDATION_FAILED' ? `Valeur refusée par le serveur. ${detailErreur(error)}` : messageErreur(error);
}

/** The server's message and the code (what an administrator searches the logs and docs for). */
export function detailErreur(error: Pick<ApiError, 'code' | 'message'>): string {
  return error.code === 'NETWORK' ? `(${error.code})` : `Détail du serveur : ${error.message} (${error.code})`;
}

/** A sign-in library's failure (oidc-client-ts), told like the API's refusals. */
export function enErreurApi(error: Error): ApiError {
  return error instanceof ApiError ? error : new ApiError(error.message, 'OIDC');
}
