import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ModifierDossier } from '@cdv/domain-programmation';
import { CommandPayload } from '@cdv/graphql-common';
import { ReferentielProgrammation } from '../../shared/referentiel.service';
import { champsDe } from '../champs-dossier';
import { EcrituresProgrammation } from '../../shared/ecritures-programmation.service';
import { ModifierDossierCommand } from './modifier-dossier.command';

/** Use case: change a dossier's description (its porteur before instruction; staff with a reason during it). */
@CommandHandler(ModifierDossierCommand)
export class ModifierDossierHandler implements ICommandHandler<ModifierDossierCommand> {
  constructor(
    private readonly ecritures: EcrituresProgrammation,
    private readonly referentiel: ReferentielProgrammation,
  ) {}

  async execute({ context, input }: ModifierDossierCommand): Promise<CommandPayload> {
    const metadata = this.ecritures.metadata(context, input);
    const changes = await champsDe(this.referentiel, context.tenantId, input);
    const command: ModifierDossier = { type: 'ModifierDossier', data: { dossierId: input.dossierId, changes }, metadata };
    return this.ecritures.dossier(context, input, input.dossierId, command);
  }
}
