import type { ChiffresFiges, SectionRapport, Signataire } from '@cdv/domain-rapport';
import { FORMAT_RAPPORT, type Comparaison, type RapportAnnuel } from './rapport-annuel.types';
import type { ConsultationDocument, RapportDocument, VersionDocument } from './rapport.projection';
import { REGLES_RAPPORT } from './regles-rapport';

/** A difference between a printed figure and the computed one, with the EPCI's explanation when it wrote one. */
export interface NoteRapport extends Comparaison {
  regleLibelle: string | null;
  explication: SectionRapport | null;
}

/** Everything a rendering (DOCX, HTML) draws: the figures, the narratives, the notes, where the report stands. */
export interface DocumentRapport {
  rapport: RapportAnnuel;
  /** Narrative sections in order (notes apart). */
  sections: SectionRapport[];
  notes: NoteRapport[];
  etat: {
    /** `projet`: assembled now, not arrêté; otherwise the version's state. */
    statut: 'projet' | 'arrete' | 'en_consultation' | 'consultation_close' | 'adopte' | 'transmis';
    version: number | null;
    arreteAu: string | null;
    /** Business date the cover prints (« arrêté au … »). */
    arreteLe: string | null;
    empreinte: string | null;
    signataire: Signataire | null;
    adoption: VersionDocument['adoption'];
    transmission: VersionDocument['transmission'];
  };
  consultation: ConsultationDocument | null;
}

/** Frozen figures read back as the current shape; a format this code does not know is an error, never a guess. */
export function lireChiffresFiges(chiffres: ChiffresFiges): RapportAnnuel {
  if (chiffres.format !== FORMAT_RAPPORT) throw new Error(`frozen figures of format "${chiffres.format}" need an upcaster to ${FORMAT_RAPPORT}`);
  return chiffres as unknown as RapportAnnuel;
}

/** Every printed figure that differs from the computed one, or cannot be computed: shown, with its explanation. */
export function notesDuRapport(rapport: RapportAnnuel, sections: readonly SectionRapport[]): NoteRapport[] {
  return rapport.comparaisons
    .filter((c) => c.statut !== 'concorde')
    .map((c) => ({
      ...c,
      regleLibelle: c.regle ? (REGLES_RAPPORT[c.regle]?.libelle ?? c.regle) : null,
      explication: sections.find((s) => s.chiffreId === c.chiffreId) ?? null,
    }));
}

function composer(
  rapport: RapportAnnuel,
  sections: readonly SectionRapport[],
  etat: DocumentRapport['etat'],
  consultation: ConsultationDocument | null,
): DocumentRapport {
  return { rapport, sections: sections.filter((s) => s.chiffreId === null), notes: notesDuRapport(rapport, sections), etat, consultation };
}

/** The report assembled now (or as of an instant) with the working draft's narratives: a projet, not arrêté. */
export function documentEnCours(rapport: RapportAnnuel, cycle: RapportDocument | null): DocumentRapport {
  return composer(
    rapport,
    cycle?.brouillon ?? [],
    { statut: 'projet', version: null, arreteAu: null, arreteLe: null, empreinte: null, signataire: null, adoption: null, transmission: null },
    null,
  );
}

/** A version as arrêtée: its frozen figures and narratives, its consultation and what followed. */
export function documentDeVersion(cycle: RapportDocument, version = cycle.versionCourante): DocumentRapport {
  const v = cycle.versions.find((x) => x.version === version);
  if (!v) throw new Error(`the rapport ${cycle.annee} has no version ${version}`);
  const derniere = v.version === cycle.versionCourante;
  const statut = v.transmission ? 'transmis' : v.adoption ? 'adopte' : derniere && cycle.statut !== 'brouillon' ? cycle.statut : 'arrete';
  return composer(
    lireChiffresFiges(v.chiffres),
    v.sections,
    {
      statut,
      version: v.version,
      arreteAu: v.arreteAu,
      arreteLe: v.arreteLe,
      empreinte: v.empreinte,
      signataire: v.signataire,
      adoption: v.adoption,
      transmission: v.transmission,
    },
    v.consultation,
  );
}
