import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { contratDecider, contratStream, type EnregistrerAvenant } from '@cdv/domain-territoire';
import { CommandPayload, idValide, nouvelId } from '@cdv/graphql-common';
import { CommandGateway } from '@cdv/platform';
import { commandMetadataFor, Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { validation } from '../../shared/inputs';
import { periode, signataire } from '../contrat.inputs';
import { EnregistrerAvenantInput } from './enregistrer-avenant.input';

/** Use case: register an amending document of the contract: avenant, annexe, protocole (admin). */
@Resolver()
export class EnregistrerAvenantResolver {
  constructor(private readonly commands: CommandGateway) {}

  @Mutation(() => CommandPayload, {
    nullable: true,
    description: 'Register an avenant / annexe / protocole of the contract. The payload id is the avenant id (given, else derived from commandId).',
  })
  @Permit('admin')
  enregistrerAvenant(@Ctx() context: RequestContext, @Args('input') input: EnregistrerAvenantInput): Promise<CommandPayload> {
    const contratId = idValide('contratId', input.contratId);
    const avenantId = nouvelId('avenantId', `avenant:${contratId}`, context.tenantId, input.avenantId, input.commandId);
    const command: EnregistrerAvenant = {
      type: 'EnregistrerAvenant',
      data: {
        avenantId,
        intitule: input.intitule,
        nature: input.nature ?? null,
        alias: input.alias ?? [],
        dateDocument: input.dateDocument ?? null,
        validations: (input.validations ?? []).map(validation),
        periode: periode(input.periode),
        signatairesPrevus: (input.signatairesPrevus ?? []).map(signataire),
      },
      metadata: commandMetadataFor(context, input),
    };
    return this.commands.execute(
      { decider: contratDecider, stream: contratStream(context.tenantId, contratId), command, expectedRevision: input.expectedRevision },
      avenantId,
    );
  }
}
