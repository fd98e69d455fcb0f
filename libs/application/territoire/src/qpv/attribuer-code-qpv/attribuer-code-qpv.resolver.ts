import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { type AttribuerCodeQpv, qpvDecider, qpvStream } from '@cdv/domain-territoire';
import { CommandPayload, idValide } from '@cdv/graphql-common';
import { CommandGateway, ReadModelsService } from '@cdv/platform';
import { commandMetadataFor, Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { verifierCodeQpvLibre } from '../code-qpv-libre';
import { AttribuerCodeQpvInput } from './attribuer-code-qpv.input';

/** Use case: attach the official code to a QPV (admin; replacing a code needs a reason). */
@Resolver()
export class AttribuerCodeQpvResolver {
  constructor(
    private readonly commands: CommandGateway,
    private readonly readModels: ReadModelsService,
  ) {}

  @Mutation(() => CommandPayload, {
    nullable: true,
    description: 'Attach the official code to a QPV; replacing a different code is a correction and needs a reason.',
  })
  @Permit('admin')
  async attribuerCodeQpv(@Ctx() context: RequestContext, @Args('input') input: AttribuerCodeQpvInput): Promise<CommandPayload> {
    const qpvId = idValide('qpvId', input.qpvId);
    await verifierCodeQpvLibre(this.readModels, context.tenantId, input.code, qpvId);
    const command: AttribuerCodeQpv = {
      type: 'AttribuerCodeQpv',
      data: { code: input.code },
      metadata: commandMetadataFor(context, input),
    };
    return this.commands.execute({ decider: qpvDecider, stream: qpvStream(context.tenantId, qpvId), command, expectedRevision: input.expectedRevision }, qpvId);
  }
}
