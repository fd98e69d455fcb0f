import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { DateTimeScalar } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { LectureRapport } from '../lecture/lecture-rapport.service';
import { LECTEURS_RAPPORT } from '../shared/acces';
import { rapportAnnuel } from './rapport.mapper';
import { RapportAnnuel } from './rapport.types';

/** The rapport annuel of a year: a version as arrêtée (frozen figures), or the projet as of now or of an instant. */
@Resolver(() => RapportAnnuel)
export class RapportAnnuelResolver {
  constructor(private readonly lecture: LectureRapport) {}

  @Query(() => RapportAnnuel, {
    description:
      'The rapport annuel of a year (décret 2015-1118). With `version`: that version as arrêtée — its frozen figures, whatever was recorded since. Otherwise: the projet assembled from the platform’s data now, or as of `asOf`, with the draft’s narratives of that moment.',
  })
  @Permit(...LECTEURS_RAPPORT)
  async rapportAnnuel(
    @Ctx() context: RequestContext,
    @Args('annee', { type: () => Int }) annee: number,
    @Args('asOf', { type: () => DateTimeScalar, nullable: true, description: 'Assemble as the platform knew it at this instant.' }) asOf?: string | null,
    @Args('version', { type: () => Int, nullable: true, description: 'A version arrêtée (1, 2…): its frozen figures.' }) version?: number | null,
  ): Promise<RapportAnnuel> {
    const { document, cycle } = await this.lecture.document(context.tenantId, { annee, asOf, version });
    return rapportAnnuel(annee, document, cycle);
  }
}
