import { Injectable } from '@nestjs/common';
import type { CommandMetadata } from '@cdv/eventsourcing';
import { dispositifDecider, dispositifStream, rapportDecider, rapportStream, type DispositifCommand, type RapportCommand } from '@cdv/domain-rapport';
import type { CommandInput, CommandPayload } from '@cdv/graphql-common';
import { CommandGateway } from '@cdv/platform';
import { commandMetadataFor, type RequestContext } from '@cdv/tenancy';
import { anneeValide, idValide } from '@cdv/application-programmation';

/**
 * What every rapport mutation does once its input is mapped to a domain command: the stream of its aggregate, the
 * decider, the expected revision, read-your-writes. The tenant comes from the request's context, never the input.
 */
@Injectable()
export class RapportCommands {
  constructor(private readonly gateway: CommandGateway) {}

  metadata(context: RequestContext, input: CommandInput): CommandMetadata {
    return commandMetadataFor(context, input);
  }

  rapport(context: RequestContext, input: CommandInput, command: RapportCommand): Promise<CommandPayload> {
    const annee = anneeValide('annee', command.data.annee);
    return this.gateway.execute(
      { decider: rapportDecider, stream: rapportStream(context.tenantId, annee), command, expectedRevision: input.expectedRevision },
      String(annee),
    );
  }

  dispositif(context: RequestContext, input: CommandInput, command: DispositifCommand): Promise<CommandPayload> {
    const dispositifId = idValide('dispositifId', command.data.dispositifId);
    return this.gateway.execute(
      { decider: dispositifDecider, stream: dispositifStream(context.tenantId, dispositifId), command, expectedRevision: input.expectedRevision },
      dispositifId,
    );
  }
}
