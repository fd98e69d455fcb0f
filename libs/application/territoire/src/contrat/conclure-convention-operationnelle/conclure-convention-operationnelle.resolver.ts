import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { type ConclureConventionOperationnelle, contratDecider, contratStream } from '@cdv/domain-territoire';
import { CommandPayload, idValide, nouvelId } from '@cdv/graphql-common';
import { CommandGateway } from '@cdv/platform';
import { commandMetadataFor, Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { communeRef } from '../../shared/inputs';
import { periode } from '../contrat.inputs';
import { ConclureConventionOperationnelleInput } from './conclure-convention-operationnelle.input';

/** Use case: record a commune-level convention of the contract (admin). */
@Resolver()
export class ConclureConventionOperationnelleResolver {
  constructor(private readonly commands: CommandGateway) {}

  @Mutation(() => CommandPayload, {
    nullable: true,
    description: 'Record a commune-level convention translating the contract. The payload id is the convention id.',
  })
  @Permit('admin')
  conclureConventionOperationnelle(@Ctx() context: RequestContext, @Args('input') input: ConclureConventionOperationnelleInput): Promise<CommandPayload> {
    const contratId = idValide('contratId', input.contratId);
    const conventionId = nouvelId('conventionId', `convention:${contratId}`, context.tenantId, input.conventionId, input.commandId);
    const command: ConclureConventionOperationnelle = {
      type: 'ConclureConventionOperationnelle',
      data: { conventionId, commune: communeRef(input.commune), intitule: input.intitule, periode: periode(input.periode), signeLe: input.signeLe ?? null },
      metadata: commandMetadataFor(context, input),
    };
    return this.commands.execute(
      { decider: contratDecider, stream: contratStream(context.tenantId, contratId), command, expectedRevision: input.expectedRevision },
      conventionId,
    );
  }
}
