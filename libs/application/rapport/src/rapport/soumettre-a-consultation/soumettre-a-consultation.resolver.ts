import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { SoumettreAConsultation } from '@cdv/domain-rapport';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { REDACTEURS_RAPPORT } from '../../shared/acces';
import { RapportCommands } from '../../shared/rapport-commands.service';
import { SoumettreAConsultationInput } from './soumettre-a-consultation.input';

/** Use case: send the arrêté version for avis (EPCI staff). */
@Resolver()
export class SoumettreAConsultationResolver {
  constructor(private readonly commands: RapportCommands) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Send the arrêté rapport annuel to the communes and conseils citoyens for avis.' })
  @Permit(...REDACTEURS_RAPPORT)
  soumettreRapportAConsultation(@Ctx() context: RequestContext, @Args('input') input: SoumettreAConsultationInput): Promise<CommandPayload> {
    const command: SoumettreAConsultation = {
      type: 'SoumettreAConsultation',
      data: {
        annee: input.annee,
        envoyeLe: input.envoyeLe,
        ...(input.echeance ? { echeance: input.echeance } : {}),
        destinataires: (input.destinataires ?? []).map((d) => ({ destinataireId: d.destinataireId, type: d.type, nom: d.nom, insee: d.codeInsee ?? null })),
      },
      metadata: this.commands.metadata(context, input),
    };
    return this.commands.rapport(context, input, command);
  }
}
