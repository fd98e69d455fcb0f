import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { EnregistrerAvis } from '@cdv/domain-rapport';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { REDACTEURS_RAPPORT } from '../../shared/acces';
import { RapportCommands } from '../../shared/rapport-commands.service';
import { EnregistrerAvisInput } from './enregistrer-avis.input';

/** Use case: record a commune's or a conseil citoyen's avis (EPCI staff, who receive the deliberations). */
@Resolver()
export class EnregistrerAvisResolver {
  constructor(private readonly commands: RapportCommands) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Record the avis of a recipient of the consultation on the rapport annuel.' })
  @Permit(...REDACTEURS_RAPPORT)
  enregistrerAvisRapport(@Ctx() context: RequestContext, @Args('input') input: EnregistrerAvisInput): Promise<CommandPayload> {
    const command: EnregistrerAvis = {
      type: 'EnregistrerAvis',
      data: {
        annee: input.annee,
        destinataireId: input.destinataireId,
        organe: input.organe,
        seanceLe: input.seanceLe,
        sens: input.sensAvis,
        texte: input.texte,
        deliberation: input.deliberation ? { numero: input.deliberation.numero ?? null, executoireLe: input.deliberation.executoireLe ?? null } : null,
        recuLe: input.recuLe ?? null,
      },
      metadata: this.commands.metadata(context, input),
    };
    return this.commands.rapport(context, input, command);
  }
}
