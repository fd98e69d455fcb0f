import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ModifierDateCloture } from '@cdv/domain-programmation';
import { CommandPayload } from '@cdv/graphql-common';
import { EcrituresProgrammation } from '../../shared/ecritures-programmation.service';
import { ModifierDateClotureCommand } from './modifier-date-cloture.command';

/** Use case: extend (or bring forward) the appel's closing date (EPCI staff); a reason once it passed or the appel is clos. */
@CommandHandler(ModifierDateClotureCommand)
export class ModifierDateClotureHandler implements ICommandHandler<ModifierDateClotureCommand> {
  constructor(private readonly ecritures: EcrituresProgrammation) {}

  execute({ context, input }: ModifierDateClotureCommand): Promise<CommandPayload> {
    const command: ModifierDateCloture = {
      type: 'ModifierDateCloture',
      data: { annee: input.annee, clotureLe: input.clotureLe },
      metadata: this.ecritures.metadata(context, input),
    };
    return this.ecritures.appel(context, input, input.annee, command);
  }
}
