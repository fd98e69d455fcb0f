import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import type { UserRole } from '@cdv/auth';
import { ApiError, AsOfArgs, idValide } from '@cdv/graphql-common';
import { ReadModelsService } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { anneeValide } from '../shared/annee';
import { preparerFichierScdl, type LigneScdlEcrite } from './fichier-scdl';
import type { ProblemeScdl } from './ligne-scdl';
import { cheminPublicScdl, PublicationOpenData } from './publication/publication-open-data';
import { FichierScdlSubventions, LigneScdlSubventions, PublicationOpenData as PublicationOpenDataType } from './scdl.types';

/**
 * Who reads a SCDL file before it is published: the EPCI's staff and auditors, and a financeur's instructeur for
 * its own organisation's file (« any financeur of the workspace that asks »).
 */
export const LECTEURS_SCDL: UserRole[] = ['admin', 'agent', 'instructeur', 'auditeur'];
/** Most rows and problems one answer lists; the CLI and the public file give them all. */
export const SCDL_MAX_LIGNES = 5_000;

function versGraphql(ecrite: LigneScdlEcrite): LigneScdlSubventions {
  const { ligne } = ecrite;
  return {
    ...ligne,
    idAttribuant: ligne.idAttribuant ?? null,
    dateConvention: ligne.dateConvention ?? null,
    referenceDecision: ligne.referenceDecision ?? null,
    idBeneficiaire: ligne.idBeneficiaire ?? null,
    rnaBeneficiaire: ligne.rnaBeneficiaire ?? null,
    idRAE: ligne.idRAE ?? null,
    dispositifAide: ligne.dispositifAide ?? null,
    montant: ecrite.montant,
    dossierId: ecrite.dossierId,
    ligneId: ecrite.ligneId,
    montantSynthetique: ecrite.synthetique,
  };
}

/** The SCDL « subventions » file (open data of subsidies, décret 2017-779) and the workspace's publication setting. */
@Resolver()
export class ScdlResolver {
  constructor(
    private readonly readModels: ReadModelsService,
    private readonly publication: PublicationOpenData,
  ) {}

  @Query(() => FichierScdlSubventions, {
    description:
      'A year’s SCDL « subventions » 2.1.1 file of an attribuant (the workspace’s EPCI by default): the rows that will be written, each checked against the schema, and the voted lines left out with their reasons.',
  })
  @Permit(...LECTEURS_SCDL)
  async scdlSubventions(
    @Ctx() context: RequestContext,
    @Args('annee', { type: () => Int }) annee: number,
    @Args() at: AsOfArgs,
    @Args('attribuant', { type: () => String, nullable: true, description: 'Partenaire id of the attribuant; the EPCI when absent.' })
    attribuant?: string | null,
  ): Promise<FichierScdlSubventions> {
    anneeValide('annee', annee);
    if (attribuant) idValide('attribuant', attribuant);
    const readModels = await this.readModels.at(context.tenantId, at);
    const fichier = await preparerFichierScdl(readModels, context.tenantId, { annee, ...(attribuant ? { attribuant } : {}) });
    if (context.role === 'instructeur' && fichier.attribuant.id !== context.membership.organisationId) {
      throw new ApiError('FORBIDDEN', `an instructeur reads its own organisation’s SCDL file only, not ${fichier.attribuant.id}`, { field: 'attribuant' });
    }
    const lignes: LigneScdlSubventions[] = [];
    let nombreLignes = 0;
    for await (const ligne of fichier.lignes) {
      if (++nombreLignes <= SCDL_MAX_LIGNES) lignes.push(versGraphql(ligne));
    }
    const problemes: ProblemeScdl[] = fichier.problemes.slice(0, SCDL_MAX_LIGNES);
    const publie = await this.publication.publie(context.tenantId, fichier.attribuant.id);
    return {
      annee,
      attribuant: { id: fichier.attribuant.id, nom: fichier.attribuant.nom, siret: fichier.attribuant.siret },
      lignes,
      problemes,
      nombreLignes,
      nombreProblemes: fichier.problemes.length,
      tronque: nombreLignes > SCDL_MAX_LIGNES || fichier.problemes.length > SCDL_MAX_LIGNES,
      publication: { publie, url: publie ? cheminPublicScdl(context.tenantId, fichier.attribuant.id, annee) : null },
    };
  }

  @Query(() => PublicationOpenDataType, { description: 'Whether the workspace publishes its SCDL files at a public URL, and whose.' })
  @Permit('admin', 'agent', 'auditeur')
  async publicationOpenData(@Ctx() context: RequestContext): Promise<PublicationOpenDataType> {
    return this.publication.lire(context.tenantId);
  }
}
