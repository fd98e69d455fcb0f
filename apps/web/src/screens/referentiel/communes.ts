// Communes typed one per line (« 84007 Avignon », or « Avignon » when the INSEE code is not known), as the
// référentiel's forms take them.

export interface CommuneSaisie {
  codeInsee: string | null;
  nom: string;
}

const LIGNE = /^(\d{5}|2[AB]\d{3})\s+(.+)$/;

export function lireCommunes(texte: string): { communes: CommuneSaisie[]; erreur: string | null } {
  const communes: CommuneSaisie[] = [];
  for (const [index, brute] of texte.split('\n').entries()) {
    const ligne = brute.trim();
    if (!ligne) continue;
    const avecCode = LIGNE.exec(ligne);
    if (avecCode) communes.push({ codeInsee: avecCode[1], nom: avecCode[2].trim() });
    else if (/^\d/.test(ligne)) return { communes, erreur: `Ligne ${index + 1} : un code INSEE a cinq caractères (ex. 84007), suivi du nom de la commune.` };
    else communes.push({ codeInsee: null, nom: ligne });
  }
  return { communes, erreur: null };
}
