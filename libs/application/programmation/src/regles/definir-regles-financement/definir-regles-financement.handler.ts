import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { Decisions } from '@cdv/platform';
import { reglesDecider, reglesStream, type DefinirReglesFinancement } from '../regles-financement.decider';
import { regleDe } from '../regles.types';
import { EcrituresProgrammation } from '../../shared/ecritures-programmation.service';
import { DefinirReglesFinancementCommand } from './definir-regles-financement.command';

/** Use case: set the workspace's financing rules (admin); they apply from the next amount set. */
@CommandHandler(DefinirReglesFinancementCommand)
export class DefinirReglesFinancementHandler implements ICommandHandler<DefinirReglesFinancementCommand> {
  constructor(
    private readonly ecritures: EcrituresProgrammation,
    private readonly decisions: Decisions,
  ) {}

  async execute({ context, input }: DefinirReglesFinancementCommand): Promise<CommandPayload> {
    const command: DefinirReglesFinancement = {
      type: 'DefinirReglesFinancement',
      data: { regles: input.regles.map(regleDe) },
      metadata: this.ecritures.metadata(context, input),
    };
    const decision = { decider: reglesDecider, stream: reglesStream(context.tenantId), command, expectedRevision: input.expectedRevision };
    return this.decisions.reponse(decision.stream, 'regles', await this.decisions.decider(decision));
  }
}
