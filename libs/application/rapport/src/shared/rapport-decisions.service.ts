import { Injectable } from '@nestjs/common';
import { dispositifDecider, dispositifStream, rapportDecider, rapportStream, type DispositifCommand, type RapportCommand } from '@cdv/domain-rapport';
import { anneeValide } from '@cdv/application-programmation';
import { idValide, type CommandInput, type CommandPayload } from '@cdv/graphql-common';
import { Decisions } from '@cdv/platform';
import type { RequestContext } from '@cdv/tenancy';

/**
 * What every rapport use-case handler does once its input is mapped to a domain command: the stream of its
 * aggregate and its decider, then the one write path (`Decisions`, docs/architecture.md « The write path »). The
 * tenant comes from the request's context, never the input.
 */
@Injectable()
export class RapportDecisions {
  constructor(private readonly decisions: Decisions) {}

  async rapport(context: RequestContext, input: CommandInput, command: RapportCommand): Promise<CommandPayload> {
    const annee = anneeValide('annee', command.data.annee);
    const stream = rapportStream(context.tenantId, annee);
    return this.decisions.reponse(
      stream,
      String(annee),
      await this.decisions.decider({ decider: rapportDecider, stream, command, expectedRevision: input.expectedRevision }),
    );
  }

  async dispositif(context: RequestContext, input: CommandInput, command: DispositifCommand): Promise<CommandPayload> {
    const dispositifId = idValide('dispositifId', command.data.dispositifId);
    const stream = dispositifStream(context.tenantId, dispositifId);
    return this.decisions.reponse(
      stream,
      dispositifId,
      await this.decisions.decider({ decider: dispositifDecider, stream, command, expectedRevision: input.expectedRevision }),
    );
  }
}
