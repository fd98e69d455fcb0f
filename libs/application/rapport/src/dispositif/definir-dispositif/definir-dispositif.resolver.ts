import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { DefinirDispositif } from '@cdv/domain-rapport';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { REDACTEURS_RAPPORT } from '../../shared/acces';
import { RapportCommands } from '../../shared/rapport-commands.service';
import { DefinirDispositifInput } from './definir-dispositif.input';

/** Use case: define an EPCI fund the report accounts for (EPCI staff). */
@Resolver()
export class DefinirDispositifResolver {
  constructor(private readonly commands: RapportCommands) {}

  @Mutation(() => CommandPayload, {
    nullable: true,
    description: 'Define (or redefine, with a reason) an EPCI fund: fonds de cohésion sociale, fonds de concours.',
  })
  @Permit(...REDACTEURS_RAPPORT)
  definirDispositif(@Ctx() context: RequestContext, @Args('input') input: DefinirDispositifInput): Promise<CommandPayload> {
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
      metadata: this.commands.metadata(context, input),
    };
    return this.commands.dispositif(context, input, command);
  }
}
