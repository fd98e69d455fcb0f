import type { Cents } from '@cdv/eventsourcing';
import type { ConventionDocument, DossierDetailDocument, LigneDocument } from '@cdv/projections-programmation';
import { validerLigneScdl, type LigneScdl, type RaisonScdl } from './schema-scdl';

/** Who grants (the EPCI, or a financeur of the workspace) and who receives: as the référentiel names them. */
export interface PartieScdl {
  id: string;
  nom: string;
  siret: string | null;
  rna: string | null;
}

/** What a row is built from: a voted line of the attribuant, its dossier, the convention, the beneficiary. */
export interface SourceLigneScdl {
  dossier: Pick<DossierDetailDocument, 'dossierId' | 'titre' | 'dateDebut' | 'dateFin' | 'versements' | 'decisions' | 'conventionId'>;
  ligne: LigneDocument;
  /** The convention of the line (or of its dossier), null when none is signed. */
  convention: Pick<ConventionDocument, 'conventionId' | 'dateSignature' | 'typeConvention' | 'signataires'> | null;
  attribuant: PartieScdl;
  beneficiaire: PartieScdl;
}

/** A line that cannot be published, with every reason (docs/exports.md lists the codes). */
export interface ProblemeScdl {
  dossierId: string;
  ligneId: string;
  titre: string;
  beneficiaire: string;
  montant: Cents;
  raisons: RaisonScdl[];
}

export type ResultatLigneScdl =
  { ok: true; ligne: LigneScdl; dossierId: string; ligneId: string; montant: Cents; synthetique: boolean } | { ok: false; probleme: ProblemeScdl };

/** Line stages at or after the vote: a subsidy decided (docs/design.md §3). */
export const STATUTS_VOTES: ReadonlyArray<LigneDocument['statut']> = ['vote', 'engage', 'verse', 'justifie'];

/** The amount granted: what the convention engaged when it did, else what was voted. */
export function montantAttribue(ligne: LigneDocument): Cents {
  return ligne.engage > 0 ? ligne.engage : ligne.vote;
}

/**
 * One SCDL row from a voted line (ADR « exports and SCDL »): the convention's date, the comité as the
 * decision, the porteur (or the association that carries a conseil citoyen) as beneficiary, the granted amount,
 * the payments' schedule, then the schema's check. Everything missing or malformed is reported, never guessed.
 */
export function ligneScdl(source: SourceLigneScdl): ResultatLigneScdl {
  const { dossier, ligne, convention, attribuant, beneficiaire } = source;
  const montant = montantAttribue(ligne);
  const versements = (dossier.versements ?? []).filter((v) => v.ligneId === ligne.ligneId).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const retenu = (dossier.decisions ?? []).find((decision) => decision.type === 'DossierRetenu');
  const raisons: RaisonScdl[] = [];
  const signee = convention && convention.signataires.some((signataire) => signataire.id === attribuant.id);
  if (!convention) {
    raisons.push({
      champ: 'dateConvention',
      code: 'CONVENTION_ABSENTE',
      message: 'aucune convention signée pour cette ligne : la date de convention est obligatoire',
    });
  } else if (!signee) {
    raisons.push({
      champ: 'dateConvention',
      code: 'CONVENTION_ABSENTE',
      message: `la convention ${convention.conventionId} n’est pas signée par ${attribuant.nom} : aucune convention de l’attribuant pour cette ligne`,
    });
  }
  const echelonne =
    versements.length > 1 || versements.some((v) => v.type !== 'solde') || (versements.length === 0 && convention?.typeConvention === 'pluriannuelle');
  const periode =
    versements.length === 1
      ? versements[0].date
      : versements.length > 1
        ? `${versements[0].date}/${versements[versements.length - 1].date}`
        : dossier.dateDebut === dossier.dateFin
          ? dossier.dateDebut
          : `${dossier.dateDebut}/${dossier.dateFin}`;
  const ligneScdl: LigneScdl = {
    nomAttribuant: attribuant.nom,
    ...(attribuant.siret ? { idAttribuant: attribuant.siret } : {}),
    ...(convention && signee ? { dateConvention: convention.dateSignature } : {}),
    ...(retenu?.comiteId ? { referenceDecision: `comité ${retenu.comiteId}` } : {}),
    nomBeneficiaire: beneficiaire.nom,
    ...(beneficiaire.siret ? { idBeneficiaire: beneficiaire.siret } : {}),
    ...(beneficiaire.rna ? { rnaBeneficiaire: beneficiaire.rna } : {}),
    objet: dossier.titre,
    montant: montant / 100,
    nature: ligne.modalite === 'nature' ? 'aide en nature' : 'aide en numéraire',
    conditionsVersement: echelonne ? 'échelonné' : 'unique',
    datesPeriodeVersement: periode,
    notificationUE: 'non',
    pourcentageSubvention: 1,
  };
  for (const raison of validerLigneScdl(ligneScdl)) {
    if (raison.champ === 'dateConvention' && raisons.some((r) => r.code === 'CONVENTION_ABSENTE')) continue;
    raisons.push(precis(raison, source));
  }
  if (raisons.length > 0) {
    return {
      ok: false,
      probleme: { dossierId: dossier.dossierId, ligneId: ligne.ligneId, titre: dossier.titre, beneficiaire: beneficiaire.nom, montant, raisons },
    };
  }
  return { ok: true, ligne: ligneScdl, dossierId: dossier.dossierId, ligneId: ligne.ligneId, montant, synthetique: ligne.synthetique };
}

/** The schema's sentence, said about whom it concerns and where to fix it (the référentiel's partenaire). */
function precis(raison: RaisonScdl, { attribuant, beneficiaire }: SourceLigneScdl): RaisonScdl {
  if (raison.code === 'OBLIGATOIRE' && raison.champ === 'idBeneficiaire') {
    return {
      ...raison,
      message: `le bénéficiaire « ${beneficiaire.nom} » n’a pas de SIRET : renseignez-le sur le partenaire ${beneficiaire.id} du référentiel`,
    };
  }
  if (raison.code === 'OBLIGATOIRE' && raison.champ === 'idAttribuant') {
    return { ...raison, message: `l’attribuant « ${attribuant.nom} » n’a pas de SIRET : renseignez-le sur le partenaire ${attribuant.id} du référentiel` };
  }
  return raison;
}
