import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiError, CommandPayload } from '@cdv/graphql-common';
import { PARTENAIRE_EVENT_TYPES } from '@cdv/domain-territoire';
import type { EventStore } from '@cdv/eventsourcing';
import { EVENT_STORE, ReadModelsService, Decisions } from '@cdv/platform';
import { partenairesProjection } from '@cdv/projections-territoire';
import {
  ATTRIBUANTS_MAX,
  publicationOpenDataDecider,
  publicationOpenDataStream,
  type DefinirPublicationOpenData,
} from '../publication/publication-open-data.decider';
import { EcrituresProgrammation } from '../../shared/ecritures-programmation.service';
import { DefinirPublicationOpenDataCommand } from './definir-publication-open-data.command';

/** Use case: publish (or stop publishing) the workspace's SCDL files at a public URL (configuration roles). */
@CommandHandler(DefinirPublicationOpenDataCommand)
export class DefinirPublicationOpenDataHandler implements ICommandHandler<DefinirPublicationOpenDataCommand> {
  constructor(
    private readonly readModels: ReadModelsService,
    private readonly ecritures: EcrituresProgrammation,
    private readonly decisions: Decisions,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
  ) {}

  async execute({ context, input }: DefinirPublicationOpenDataCommand): Promise<CommandPayload> {
    // The partenaires as recorded before this command, even when another service registered them a moment ago.
    await this.decisions.lisible(await this.eventStore.headPosition(), PARTENAIRE_EVENT_TYPES);
    const partenaires = (await this.readModels.at(context.tenantId)).readModel(partenairesProjection.name);
    for (const [index, id] of input.attribuants.slice(0, ATTRIBUANTS_MAX).entries()) {
      // the decider checks the shape; that the partenaire exists is the référentiel's knowledge
      if (typeof id === 'string' && id.length <= 100 && !(await partenaires.findOne({ _id: id }))) {
        throw new ApiError('VALIDATION_FAILED', `attribuants[${index}]: no partenaire ${id} in this workspace`, { field: 'attribuants' });
      }
    }
    const command: DefinirPublicationOpenData = {
      type: 'DefinirPublicationOpenData',
      data: { active: input.active, attribuants: input.attribuants },
      metadata: this.ecritures.metadata(context, input),
    };
    const decision = {
      decider: publicationOpenDataDecider,
      stream: publicationOpenDataStream(context.tenantId),
      command,
      expectedRevision: input.expectedRevision,
    };
    return this.decisions.reponse(decision.stream, 'publication-open-data', await this.decisions.decider(decision));
  }
}
