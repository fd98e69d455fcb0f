import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { OuvrirAppelAProjets } from '@cdv/domain-programmation';
import { CommandPayload } from '@cdv/graphql-common';
import { ReferentielProgrammation } from '../../shared/referentiel.service';
import { EcrituresProgrammation } from '../../shared/ecritures-programmation.service';
import { OuvrirAppelAProjetsCommand } from './ouvrir-appel-a-projets.command';

/** Use case: open the year's appel à projets with its calendar and envelopes (EPCI staff). */
@CommandHandler(OuvrirAppelAProjetsCommand)
export class OuvrirAppelAProjetsHandler implements ICommandHandler<OuvrirAppelAProjetsCommand> {
  constructor(
    private readonly ecritures: EcrituresProgrammation,
    private readonly referentiel: ReferentielProgrammation,
  ) {}

  async execute({ context, input }: OuvrirAppelAProjetsCommand): Promise<CommandPayload> {
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
      metadata: this.ecritures.metadata(context, input),
    };
    return this.ecritures.appel(context, input, input.annee, command);
  }
}
