import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { REDACTEURS_RAPPORT } from '../../shared/acces';
import { CloreConsultationCommand } from './clore-consultation.command';
import { CloreConsultationInput } from './clore-consultation.input';

/** Use case: close the consultation (EPCI staff). */
@Resolver()
export class CloreConsultationResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Close the consultation on the rapport annuel (deadline passed, or every avis in).' })
  @Permit(...REDACTEURS_RAPPORT)
  cloreConsultationRapport(@Ctx() context: RequestContext, @Args('input') input: CloreConsultationInput): Promise<CommandPayload> {
    return this.commandBus.execute(new CloreConsultationCommand(context, sansNull(input)));
  }
}
