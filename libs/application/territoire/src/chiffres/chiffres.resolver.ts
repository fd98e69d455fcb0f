import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { AsOfArgs } from '@cdv/graphql-common';
import { chiffresDeclaresPipeline, chiffresDeclaresProjection, type ChiffreDeclareVue } from '@cdv/projections-territoire';
import { Ctx, Permit, READERS, type RequestContext } from '@cdv/tenancy';
import { LecturesTerritoire } from '../shared/lecture';
import { ChiffreDeclare, ChiffresDeclaresFilter } from './chiffres.types';

/** The figures printed in the tenant's source documents, stated beside computed. */
@Resolver(() => ChiffreDeclare)
export class ChiffresDeclaresResolver {
  constructor(private readonly lectures: LecturesTerritoire) {}

  @Query(() => [ChiffreDeclare], {
    description:
      'Figures printed in the source documents, each beside the value computed from the platform’s data (ecart flags a difference), in declaration order.',
  })
  @Permit(...READERS)
  async chiffresDeclares(
    @Ctx() context: RequestContext,
    @Context('req') req: object,
    @Args() at: AsOfArgs,
    @Args('filter', { type: () => ChiffresDeclaresFilter, nullable: true }) filter?: ChiffresDeclaresFilter | null,
  ): Promise<ChiffreDeclare[]> {
    const lecture = await this.lectures.pour(req, context.tenantId, at);
    const pipeline = chiffresDeclaresPipeline(context.tenantId, {
      ...(filter?.cle ? { cle: filter.cle } : {}),
      ...(filter?.documentId ? { documentId: filter.documentId } : {}),
      ...(filter?.statut ? { statut: filter.statut } : {}),
      ...(filter?.sujetType ? { sujetType: filter.sujetType } : {}),
    });
    const chiffres = await lecture.readModel(chiffresDeclaresProjection.name).aggregate<ChiffreDeclareVue>(pipeline);
    return chiffres.map(toChiffre);
  }
}

function toChiffre(chiffre: ChiffreDeclareVue): ChiffreDeclare {
  return {
    id: chiffre.chiffreId,
    documentId: chiffre.documentId,
    cle: chiffre.cle,
    libelle: chiffre.libelle,
    sujet: { ...chiffre.sujet },
    valeurImprimee: chiffre.valeurImprimee,
    valeurDeclaree: chiffre.valeurDeclaree,
    unite: chiffre.unite,
    qualificatif: chiffre.qualificatif,
    dateReference: chiffre.dateReference,
    source: { ...chiffre.source },
    valeurCalculee: chiffre.valeurCalculee,
    methode: chiffre.methode,
    ecart: chiffre.ecart,
    statut: chiffre.statut,
    corrections: chiffre.corrections.map((c) => ({ ...c, reason: c.motif })),
  };
}
