import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type ConclureConventionOperationnelle, contratDecider, contratStream } from '@cdv/domain-territoire';
import { CommandPayload, idValide, nouvelId } from '@cdv/graphql-common';
import { Decisions } from '@cdv/platform';
import { commandMetadataFor } from '@cdv/tenancy';
import { communeRef } from '../../shared/inputs';
import { periode } from '../contrat.inputs';
import { ConclureConventionOperationnelleCommand } from './conclure-convention-operationnelle.command';

/** Use case: record a commune-level convention of the contract (admin). */
@CommandHandler(ConclureConventionOperationnelleCommand)
export class ConclureConventionOperationnelleHandler implements ICommandHandler<ConclureConventionOperationnelleCommand> {
  constructor(private readonly decisions: Decisions) {}

  async execute({ context, input }: ConclureConventionOperationnelleCommand): Promise<CommandPayload> {
    const contratId = idValide('contratId', input.contratId);
    const conventionId = nouvelId('conventionId', `convention:${contratId}`, context.tenantId, input.conventionId, input.commandId);
    const command: ConclureConventionOperationnelle = {
      type: 'ConclureConventionOperationnelle',
      data: { conventionId, commune: communeRef(input.commune), intitule: input.intitule, periode: periode(input.periode), signeLe: input.signeLe ?? null },
      metadata: commandMetadataFor(context, input),
    };
    const decision = { decider: contratDecider, stream: contratStream(context.tenantId, contratId), command, expectedRevision: input.expectedRevision };
    return this.decisions.reponse(decision.stream, conventionId, await this.decisions.decider(decision));
  }
}
