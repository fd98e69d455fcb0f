import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { CloreConsultation } from '@cdv/domain-rapport';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { REDACTEURS_RAPPORT } from '../../shared/acces';
import { RapportCommands } from '../../shared/rapport-commands.service';
import { CloreConsultationInput } from './clore-consultation.input';

/** Use case: close the consultation (EPCI staff). */
@Resolver()
export class CloreConsultationResolver {
  constructor(private readonly commands: RapportCommands) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Close the consultation on the rapport annuel (deadline passed, or every avis in).' })
  @Permit(...REDACTEURS_RAPPORT)
  cloreConsultationRapport(@Ctx() context: RequestContext, @Args('input') input: CloreConsultationInput): Promise<CommandPayload> {
    const command: CloreConsultation = { type: 'CloreConsultation', data: { annee: input.annee }, metadata: this.commands.metadata(context, input) };
    return this.commands.rapport(context, input, command);
  }
}
