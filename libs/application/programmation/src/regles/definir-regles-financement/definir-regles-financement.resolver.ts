import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandPayload } from '@cdv/graphql-common';
import { CommandGateway } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { CONFIGURATION } from '../../shared/acces';
import { ProgrammationCommands } from '../../shared/programmation-commands.service';
import { reglesDecider, reglesStream, type DefinirReglesFinancement } from '../regles-financement.decider';
import { regleDe } from '../regles.types';
import { DefinirReglesFinancementInput } from './definir-regles-financement.input';

/** Use case: set the workspace's financing rules (admin); they apply from the next amount set. */
@Resolver()
export class DefinirReglesFinancementResolver {
  constructor(
    private readonly commands: ProgrammationCommands,
    private readonly gateway: CommandGateway,
  ) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Define the workspace’s financing rules (the whole set).' })
  @Permit(...CONFIGURATION)
  definirReglesFinancement(@Ctx() context: RequestContext, @Args('input') input: DefinirReglesFinancementInput): Promise<CommandPayload> {
    const command: DefinirReglesFinancement = {
      type: 'DefinirReglesFinancement',
      data: { regles: input.regles.map(regleDe) },
      metadata: this.commands.metadata(context, input),
    };
    return this.gateway.execute(
      { decider: reglesDecider, stream: reglesStream(context.tenantId), command, expectedRevision: input.expectedRevision },
      'regles',
    );
  }
}
