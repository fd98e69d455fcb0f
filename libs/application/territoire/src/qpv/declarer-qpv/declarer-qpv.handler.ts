import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type DeclarerQpv, estCodeQpvValide, qpvDecider, qpvStream } from '@cdv/domain-territoire';
import { CommandPayload, idValide, nouvelId } from '@cdv/graphql-common';
import { ReadModelsService, Decisions } from '@cdv/platform';
import { commandMetadataFor } from '@cdv/tenancy';
import { communeRef } from '../../shared/inputs';
import { verifierCodeQpvLibre } from '../code-qpv-libre';
import { lienQpv } from '../qpv.inputs';
import { DeclarerQpvCommand } from './declarer-qpv.command';

/** Use case: declare a quartier: a QPV of a national geography, a quartier de veille active or d’intérêt communautaire (admin). */
@CommandHandler(DeclarerQpvCommand)
export class DeclarerQpvHandler implements ICommandHandler<DeclarerQpvCommand> {
  constructor(
    private readonly decisions: Decisions,
    private readonly readModels: ReadModelsService,
  ) {}

  async execute({ context, input }: DeclarerQpvCommand): Promise<CommandPayload> {
    // A QPV from the national list is named by its code (as the import does): declaring it twice hits the same stream.
    const qpvId = input.qpvId
      ? idValide('qpvId', input.qpvId)
      : input.code && estCodeQpvValide(input.code)
        ? input.code
        : nouvelId('qpvId', 'qpv', context.tenantId, null, input.commandId);
    await verifierCodeQpvLibre(this.readModels, context.tenantId, input.code, qpvId);
    const command: DeclarerQpv = {
      type: 'DeclarerQpv',
      data: {
        qpvId,
        categorie: input.categorie,
        code: input.code ?? null,
        generation: (input.generation ?? null) as DeclarerQpv['data']['generation'],
        ...(input.validite ? { validite: { du: input.validite.du ?? null, au: input.validite.au ?? null } } : {}),
        nom: input.nom,
        alias: input.alias ?? [],
        communes: input.communes.map(communeRef),
        zonages: input.zonages ?? [],
        reconnaissance: input.reconnaissance
          ? { instance: input.reconnaissance.instance, date: input.reconnaissance.date ?? null, reference: input.reconnaissance.reference ?? null }
          : null,
        predecesseurs: (input.predecesseurs ?? []).map(lienQpv),
      },
      metadata: commandMetadataFor(context, input),
    };
    const decision = { decider: qpvDecider, stream: qpvStream(context.tenantId, qpvId), command, expectedRevision: input.expectedRevision };
    return this.decisions.reponse(decision.stream, qpvId, await this.decisions.decider(decision));
  }
}
