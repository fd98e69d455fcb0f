import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { comiteDecider, comiteStream, type CorrigerMembresComite } from '@cdv/domain-programmation';
import { CommandPayload } from '@cdv/graphql-common';
import { CommandGateway } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { EPCI } from '../../shared/acces';
import { idValide } from '../../shared/ids';
import { ProgrammationCommands } from '../../shared/programmation-commands.service';
import { ReferentielProgrammation } from '../../shared/referentiel.service';
import { membresDuComite } from '../convoquer-comite/convoquer-comite.resolver';
import { CorrigerMembresComiteInput } from './corriger-membres-comite.input';

/** Use case: correct a comité's members after its convocation (EPCI staff, with a reason); names from the référentiel. */
@Resolver()
export class CorrigerMembresComiteResolver {
  constructor(
    private readonly commands: ProgrammationCommands,
    private readonly gateway: CommandGateway,
    private readonly referentiel: ReferentielProgrammation,
  ) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Correct the members of a convened comité, with a reason (its past decisions stand).' })
  @Permit(...EPCI)
  async corrigerMembresComite(@Ctx() context: RequestContext, @Args('input') input: CorrigerMembresComiteInput): Promise<CommandPayload> {
    const metadata = this.commands.metadata(context, input);
    const comiteId = idValide('comiteId', input.comiteId);
    const command: CorrigerMembresComite = {
      type: 'CorrigerMembresComite',
      data: { comiteId, membres: await membresDuComite(this.referentiel, context.tenantId, input.membres ?? []) },
      metadata,
    };
    return this.gateway.execute(
      { decider: comiteDecider, stream: comiteStream(context.tenantId, comiteId), command, expectedRevision: input.expectedRevision },
      comiteId,
    );
  }
}
