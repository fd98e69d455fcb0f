import { CLES_CHIFFRE, decimalDepuisTexte, type DatePartielle, type TypeSujet } from '@cdv/domain-territoire';
import type { SeedBuilder } from './seed-builder';

/** A spelling variant as the fixtures note it, "Condé sur Escaut (L879)", split into text and line reference. */
export function variante(text: string): { texte: string; lignes: string | null } {
  const match = /^(.*?)\s*\(([^)]*L\d[^)]*)\)\s*$/.exec(text);
  return match ? { texte: match[1].trim(), lignes: match[2] } : { texte: text.trim(), lignes: null };
}

/** Attaches communes to the territoire, one command each with its own provenance. */
export function rattacherCommunes(seed: SeedBuilder, communes: ReadonlyArray<{ nom: string; alias?: string[]; lignes: string | null }>): void {
  for (const commune of communes) {
    seed.add(
      seed.territoire,
      'RattacherCommune',
      { codeInsee: null, nom: commune.nom, alias: commune.alias ?? [] },
      { key: `commune:${commune.nom}`, lines: commune.lignes },
    );
  }
}

export interface ChiffreSeed {
  id: string;
  cle: string;
  libelle: string;
  valeurImprimee: string;
  /** Defaults to the number read from the printed value. */
  valeur?: string | null;
  unite?: string | null;
  qualificatif?: string | null;
  dateReference?: DatePartielle | null;
  sujet?: { type: TypeSujet; id: string | null };
  lignes: string | null;
}

/** Records a figure printed in the document (stated counts, shares) as a reported figure, never as entities. */
export function declarerChiffre(seed: SeedBuilder, chiffre: ChiffreSeed): void {
  seed.add(
    seed.chiffres,
    'DeclarerChiffre',
    {
      documentId: seed.documentId,
      chiffreId: `${seed.documentId}-${chiffre.id}`,
      cle: chiffre.cle,
      libelle: chiffre.libelle,
      valeurImprimee: chiffre.valeurImprimee,
      valeur: chiffre.valeur === undefined ? decimalDepuisTexte(chiffre.valeurImprimee) : chiffre.valeur,
      unite: chiffre.unite ?? null,
      qualificatif: chiffre.qualificatif ?? null,
      dateReference: chiffre.dateReference ?? null,
      sujet: chiffre.sujet ?? { type: 'territoire', id: null },
      document: seed.document,
      localisation: chiffre.lignes ?? 'non précisée',
    },
    { key: `chiffre:${chiffre.id}`, lines: chiffre.lignes },
  );
}

export { CLES_CHIFFRE };

/** "2015-2020" → { debut: "2015", fin: "2020" }. */
export function periodeDepuisLibelle(label: string): { debut: string; fin: string | null } | null {
  const match = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(label.trim());
  return match ? { debut: match[1], fin: match[2] } : null;
}

/** Thousands as the French documents print them ("190 459"), for figures whose fixture keeps only the number. */
export function enFrancais(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}
