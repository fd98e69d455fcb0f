import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { cadreDecider, cadreStream, type DefinirCadreStrategique } from '@cdv/domain-territoire';
import { CommandPayload, nouvelId } from '@cdv/graphql-common';
import { CommandGateway } from '@cdv/platform';
import { commandMetadataFor, Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { validation } from '../../shared/inputs';
import { DefinirCadreStrategiqueInput } from './definir-cadre-strategique.input';

/** Use case: define version 1 of a cadre stratégique, or its next version, which freezes the previous one (admin). */
@Resolver()
export class DefinirCadreStrategiqueResolver {
  constructor(private readonly commands: CommandGateway) {}

  @Mutation(() => CommandPayload, {
    nullable: true,
    description:
      'Define a version of a cadre stratégique (1, then 2…); a new version freezes the previous one. Its id is cadreId, else derived from commandId.',
  })
  @Permit('admin')
  definirCadreStrategique(@Ctx() context: RequestContext, @Args('input') input: DefinirCadreStrategiqueInput): Promise<CommandPayload> {
    const cadreId = nouvelId('cadreId', 'cadre', context.tenantId, input.cadreId, input.commandId);
    const command: DefinirCadreStrategique = {
      type: 'DefinirCadreStrategique',
      data: {
        cadreId,
        version: input.version,
        intitule: input.intitule,
        contratId: input.contratId ?? null,
        dimensions: input.dimensions.map((d) => ({ code: d.code, libelle: d.libelle, niveaux: d.niveaux })),
        validations: (input.validations ?? []).map(validation),
      },
      metadata: commandMetadataFor(context, input),
    };
    return this.commands.execute(
      { decider: cadreDecider, stream: cadreStream(context.tenantId, cadreId), command, expectedRevision: input.expectedRevision },
      cadreId,
    );
  }
}
