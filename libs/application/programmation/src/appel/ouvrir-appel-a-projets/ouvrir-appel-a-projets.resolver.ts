import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { OuvrirAppelAProjets } from '@cdv/domain-programmation';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { EPCI } from '../../shared/acces';
import { ProgrammationCommands } from '../../shared/programmation-commands.service';
import { ReferentielProgrammation } from '../../shared/referentiel.service';
import { OuvrirAppelAProjetsInput } from './ouvrir-appel-a-projets.input';

/** Use case: open the year's appel à projets with its calendar and envelopes (EPCI staff). */
@Resolver()
export class OuvrirAppelAProjetsResolver {
  constructor(
    private readonly commands: ProgrammationCommands,
    private readonly referentiel: ReferentielProgrammation,
  ) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Open the appel à projets of a year.' })
  @Permit(...EPCI)
  async ouvrirAppelAProjets(@Ctx() context: RequestContext, @Args('input') input: OuvrirAppelAProjetsInput): Promise<CommandPayload> {
    const enveloppes = input.enveloppes ?? [];
    const financeurs = await this.referentiel.financeurs(
      context.tenantId,
      enveloppes.map((enveloppe, index) => ({
        field: `enveloppes[${index}].financeurId`,
        id: enveloppe.financeurId,
        ...(enveloppe.nature ? { nature: enveloppe.nature } : {}),
      })),
    );
    const command: OuvrirAppelAProjets = {
      type: 'OuvrirAppelAProjets',
      data: {
        annee: input.annee,
        titre: input.titre,
        ouvertureLe: input.ouvertureLe,
        clotureLe: input.clotureLe,
        priorites: (input.priorites ?? []).map((tag) => ({ id: tag.id, libelle: tag.libelle })),
        enveloppes: enveloppes.map((enveloppe, index) => ({
          financeur: financeurs[index],
          ...(enveloppe.nature ? { nature: enveloppe.nature } : {}),
          montant: enveloppe.montant,
        })),
        comites: (input.comites ?? []).map((comite, index) => ({
          comiteId: comite.comiteId ?? `comite-${input.annee}-${index + 1}`,
          date: comite.date,
          libelle: comite.libelle,
        })),
      },
      metadata: this.commands.metadata(context, input),
    };
    return this.commands.appel(context, input, input.annee, command);
  }
}
