import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { type EnregistrerPartenaire, partenaireDecider, partenaireStream } from '@cdv/domain-territoire';
import { CommandPayload } from '@cdv/graphql-common';
import { CommandGateway, ReadModelsService } from '@cdv/platform';
import { commandMetadataFor, Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { nouvelId } from '../../shared/identifiants';
import { communeRef } from '../../shared/inputs';
import { verifierSiretLibre } from '../siret-libre';
import { EnregistrerPartenaireInput } from './enregistrer-partenaire.input';

/** Use case: register an organisation: financeur, porteur, signataire (admin); a porteur only (agent, the decider says so). */
@Resolver()
export class EnregistrerPartenaireResolver {
  constructor(
    private readonly commands: CommandGateway,
    private readonly readModels: ReadModelsService,
  ) {}

  @Mutation(() => CommandPayload, {
    nullable: true,
    description: 'Register an organisation (financeur, porteur, signataire or several). Its id is partenaireId, else derived from commandId.',
  })
  @Permit('admin', 'agent')
  async enregistrerPartenaire(@Ctx() context: RequestContext, @Args('input') input: EnregistrerPartenaireInput): Promise<CommandPayload> {
    const partenaireId = nouvelId(context.tenantId, 'partenaire', input, input.partenaireId, 'partenaireId');
    await verifierSiretLibre(this.readModels, context.tenantId, input.siret, partenaireId);
    const command: EnregistrerPartenaire = {
      type: 'EnregistrerPartenaire',
      data: {
        partenaireId,
        nature: input.nature,
        nom: input.nom,
        alias: input.alias ?? [],
        siret: input.siret ?? null,
        siren: input.siren ?? null,
        rna: input.rna ?? null,
        roles: input.roles ?? [],
        categorieFinanceur: input.categorieFinanceur ?? null,
        communes: (input.communes ?? []).map(communeRef),
        associationPorteuseId: input.associationPorteuseId ?? null,
      },
      metadata: commandMetadataFor(context, input),
    };
    return this.commands.execute(
      { decider: partenaireDecider, stream: partenaireStream(context.tenantId, partenaireId), command, expectedRevision: input.expectedRevision },
      partenaireId,
    );
  }
}
