import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CloreAppelAProjets } from '@cdv/domain-programmation';
import { CommandPayload } from '@cdv/graphql-common';
import { EcrituresProgrammation } from '../../shared/ecritures-programmation.service';
import { CloreAppelAProjetsCommand } from './clore-appel-a-projets.command';

/** Use case: close the appel à projets (EPCI staff). */
@CommandHandler(CloreAppelAProjetsCommand)
export class CloreAppelAProjetsHandler implements ICommandHandler<CloreAppelAProjetsCommand> {
  constructor(private readonly ecritures: EcrituresProgrammation) {}

  execute({ context, input }: CloreAppelAProjetsCommand): Promise<CommandPayload> {
    const command: CloreAppelAProjets = { type: 'CloreAppelAProjets', data: { annee: input.annee }, metadata: this.ecritures.metadata(context, input) };
    return this.ecritures.appel(context, input, input.annee, command);
  }
}
