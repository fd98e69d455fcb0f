import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { type DeclarerPredecesseur, territoireDecider, territoireStream } from '@cdv/domain-territoire';
import { CommandPayload } from '@cdv/graphql-common';
import { CommandGateway } from '@cdv/platform';
import { commandMetadataFor, Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { predecesseur } from '../territoire.inputs';
import { DeclarerPredecesseurInput } from './declarer-predecesseur.input';

/** Use case: declare an EPCI this one comes from (admin). */
@Resolver()
export class DeclarerPredecesseurResolver {
  constructor(private readonly commands: CommandGateway) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Declare an EPCI this one comes from (a merger), with its own contract.' })
  @Permit('admin')
  declarerPredecesseur(@Ctx() context: RequestContext, @Args('input') input: DeclarerPredecesseurInput): Promise<CommandPayload> {
    const command: DeclarerPredecesseur = {
      type: 'DeclarerPredecesseur',
      data: { predecesseur: predecesseur(input.predecesseur) },
      metadata: commandMetadataFor(context, input),
    };
    return this.commands.execute(
      { decider: territoireDecider, stream: territoireStream(context.tenantId), command, expectedRevision: input.expectedRevision },
      context.tenantId,
    );
  }
}
