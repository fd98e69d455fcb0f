import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { contratDecider, contratStream, type ProrogerContrat } from '@cdv/domain-territoire';
import { CommandPayload, idValide } from '@cdv/graphql-common';
import { CommandGateway } from '@cdv/platform';
import { commandMetadataFor, Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { ProrogerContratInput } from './proroger-contrat.input';

/** Use case: extend the term of the contract (admin; after the signature it needs a reason). */
@Resolver()
export class ProrogerContratResolver {
  constructor(private readonly commands: CommandGateway) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Extend the term of the contract (after the signature: with a reason).' })
  @Permit('admin')
  prorogerContrat(@Ctx() context: RequestContext, @Args('input') input: ProrogerContratInput): Promise<CommandPayload> {
    const contratId = idValide('contratId', input.contratId);
    const command: ProrogerContrat = {
      type: 'ProrogerContrat',
      data: { nouvelleFin: input.nouvelleFin, fondementJuridique: input.fondementJuridique ?? null, dateEffet: input.dateEffet ?? null },
      metadata: commandMetadataFor(context, input),
    };
    return this.commands.execute(
      { decider: contratDecider, stream: contratStream(context.tenantId, contratId), command, expectedRevision: input.expectedRevision },
      contratId,
    );
  }
}
