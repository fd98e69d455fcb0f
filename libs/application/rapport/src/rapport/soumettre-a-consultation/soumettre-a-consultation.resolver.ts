import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { REDACTEURS_RAPPORT } from '../../shared/acces';
import { SoumettreAConsultationCommand } from './soumettre-a-consultation.command';
import { SoumettreAConsultationInput } from './soumettre-a-consultation.input';

/** Use case: send the arrêté version for avis (EPCI staff). */
@Resolver()
export class SoumettreAConsultationResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Send the arrêté rapport annuel to the communes and conseils citoyens for avis.' })
  @Permit(...REDACTEURS_RAPPORT)
  soumettreRapportAConsultation(@Ctx() context: RequestContext, @Args('input') input: SoumettreAConsultationInput): Promise<CommandPayload> {
    return this.commandBus.execute(new SoumettreAConsultationCommand(context, sansNull(input)));
  }
}
