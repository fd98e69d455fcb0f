import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { contratDecider, contratStream, type EnregistrerContrat } from '@cdv/domain-territoire';
import { CommandPayload, nouvelId } from '@cdv/graphql-common';
import { CommandGateway } from '@cdv/platform';
import { commandMetadataFor, Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { periode } from '../contrat.inputs';
import { EnregistrerContratInput } from './enregistrer-contrat.input';

/** Use case: register the contrat de ville (admin). */
@Resolver()
export class EnregistrerContratResolver {
  constructor(private readonly commands: CommandGateway) {}

  @Mutation(() => CommandPayload, {
    nullable: true,
    description: 'Register a contrat de ville with its period. Its id is contratId, else derived from commandId.',
  })
  @Permit('admin')
  enregistrerContrat(@Ctx() context: RequestContext, @Args('input') input: EnregistrerContratInput): Promise<CommandPayload> {
    const contratId = nouvelId('contratId', 'contrat', context.tenantId, input.contratId, input.commandId);
    const command: EnregistrerContrat = {
      type: 'EnregistrerContrat',
      data: { contratId, intitule: input.intitule, periode: periode(input.periode) },
      metadata: commandMetadataFor(context, input),
    };
    return this.commands.execute(
      { decider: contratDecider, stream: contratStream(context.tenantId, contratId), command, expectedRevision: input.expectedRevision },
      contratId,
    );
  }
}
