import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { partenaireDecider, partenaireStream, type RenseignerIdentifiantsPartenaire } from '@cdv/domain-territoire';
import { CommandPayload, idValide } from '@cdv/graphql-common';
import { CommandGateway, ReadModelsService } from '@cdv/platform';
import { commandMetadataFor, Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { verifierSiretLibre } from '../siret-libre';
import { RenseignerIdentifiantsPartenaireInput } from './renseigner-identifiants-partenaire.input';

/** Use case: fill in an organisation's SIRET / SIREN / RNA (admin; replacing a known one needs a reason). */
@Resolver()
export class RenseignerIdentifiantsPartenaireResolver {
  constructor(
    private readonly commands: CommandGateway,
    private readonly readModels: ReadModelsService,
  ) {}

  @Mutation(() => CommandPayload, {
    nullable: true,
    description: 'Fill in SIRET, SIREN, RNA. Fields left out stay as they are; replacing a known identifier needs a reason.',
  })
  @Permit('admin')
  async renseignerIdentifiantsPartenaire(@Ctx() context: RequestContext, @Args('input') input: RenseignerIdentifiantsPartenaireInput): Promise<CommandPayload> {
    const partenaireId = idValide('partenaireId', input.partenaireId);
    await verifierSiretLibre(this.readModels, context.tenantId, input.siret, partenaireId);
    // Left out means unchanged and null clears: the decider tells them apart.
    const command: RenseignerIdentifiantsPartenaire = {
      type: 'RenseignerIdentifiantsPartenaire',
      data: {
        ...(input.siret !== undefined ? { siret: input.siret } : {}),
        ...(input.siren !== undefined ? { siren: input.siren } : {}),
        ...(input.rna !== undefined ? { rna: input.rna } : {}),
      },
      metadata: commandMetadataFor(context, input),
    };
    return this.commands.execute(
      { decider: partenaireDecider, stream: partenaireStream(context.tenantId, partenaireId), command, expectedRevision: input.expectedRevision },
      partenaireId,
    );
  }
}
