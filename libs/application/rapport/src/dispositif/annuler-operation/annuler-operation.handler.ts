import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { AnnulerOperation } from '@cdv/domain-rapport';
import { CommandPayload } from '@cdv/graphql-common';
import { RapportDecisions } from '../../shared/rapport-decisions.service';
import { AnnulerOperationCommand } from './annuler-operation.command';
import { commandMetadataFor } from '@cdv/tenancy';

/** Use case: cancel an operation of a fund, with a reason (EPCI staff). */
@CommandHandler(AnnulerOperationCommand)
export class AnnulerOperationHandler implements ICommandHandler<AnnulerOperationCommand> {
  constructor(private readonly decisions: RapportDecisions) {}

  async execute({ context, input }: AnnulerOperationCommand): Promise<CommandPayload> {
    const command: AnnulerOperation = {
      type: 'AnnulerOperation',
      data: { dispositifId: input.dispositifId, operationId: input.operationId },
      metadata: commandMetadataFor(context, input),
    };
    return this.decisions.dispositif(context, input, command);
  }
}
