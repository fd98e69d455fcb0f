import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { DefinirDispositif } from '@cdv/domain-rapport';
import { CommandPayload } from '@cdv/graphql-common';
import { RapportDecisions } from '../../shared/rapport-decisions.service';
import { DefinirDispositifCommand } from './definir-dispositif.command';
import { commandMetadataFor } from '@cdv/tenancy';

/** Use case: define an EPCI fund the report accounts for (EPCI staff). */
@CommandHandler(DefinirDispositifCommand)
export class DefinirDispositifHandler implements ICommandHandler<DefinirDispositifCommand> {
  constructor(private readonly decisions: RapportDecisions) {}

  async execute({ context, input }: DefinirDispositifCommand): Promise<CommandPayload> {
    const command: DefinirDispositif = {
      type: 'DefinirDispositif',
      data: {
        dispositifId: input.dispositifId,
        libelle: input.libelle,
        nature: input.nature,
        financeur: { id: input.financeurId, nom: input.financeurNom },
        description: input.description ?? null,
        regles: (input.regles ?? []).map((r) => ({ libelle: r.libelle, source: r.source ?? null })),
        calcul: input.calcul
          ? { tauxMaxPourcentage: input.calcul.tauxMaxPourcentage, plafond: input.calcul.plafond ?? null, assiette: input.calcul.assiette }
          : null,
        reglesFinancement: input.reglesFinancement ?? [],
      },
      metadata: commandMetadataFor(context, input),
    };
    return this.decisions.dispositif(context, input, command);
  }
}
