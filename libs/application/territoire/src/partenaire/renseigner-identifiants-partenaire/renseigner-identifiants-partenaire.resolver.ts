import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { RenseignerIdentifiantsPartenaireInput } from './renseigner-identifiants-partenaire.input';
import { RenseignerIdentifiantsPartenaireCommand } from './renseigner-identifiants-partenaire.command';

/** Use case: fill in an organisation's SIRET / SIREN / RNA (admin; replacing a known one needs a reason). */
@Resolver()
export class RenseignerIdentifiantsPartenaireResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, {
    nullable: true,
    description: 'Fill in SIRET, SIREN, RNA. Fields left out stay as they are; replacing a known identifier needs a reason.',
  })
  @Permit('admin')
  renseignerIdentifiantsPartenaire(@Ctx() context: RequestContext, @Args('input') input: RenseignerIdentifiantsPartenaireInput): Promise<CommandPayload> {
    return this.commandBus.execute(new RenseignerIdentifiantsPartenaireCommand(context, sansNull(input, 'rna', 'siren', 'siret')));
  }
}
