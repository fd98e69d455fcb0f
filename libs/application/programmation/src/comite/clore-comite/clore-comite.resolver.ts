import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { comiteDecider, comiteStream, type CloreComite } from '@cdv/domain-programmation';
import { CommandPayload, idValide } from '@cdv/graphql-common';
import { CommandGateway } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { EPCI } from '../../shared/acces';
import { ProgrammationCommands } from '../../shared/programmation-commands.service';
import { CloreComiteInput } from './clore-comite.input';

/** Use case: close a comité (EPCI staff). */
@Resolver()
export class CloreComiteResolver {
  constructor(
    private readonly commands: ProgrammationCommands,
    private readonly gateway: CommandGateway,
  ) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Close a comité des financeurs.' })
  @Permit(...EPCI)
  cloreComite(@Ctx() context: RequestContext, @Args('input') input: CloreComiteInput): Promise<CommandPayload> {
    const comiteId = idValide('comiteId', input.comiteId);
    const command: CloreComite = { type: 'CloreComite', data: { comiteId }, metadata: this.commands.metadata(context, input) };
    return this.gateway.execute(
      { decider: comiteDecider, stream: comiteStream(context.tenantId, comiteId), command, expectedRevision: input.expectedRevision },
      comiteId,
    );
  }
}
