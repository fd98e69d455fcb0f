import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { AjouterSignataireInput } from './ajouter-signataire.input';
import { AjouterSignataireCommand } from './ajouter-signataire.command';

/** Use case: add a signatory to a signed contract (admin; needs a reason). */
@Resolver()
export class AjouterSignataireResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Add a signatory to the signed contract; needs a reason.' })
  @Permit('admin')
  ajouterSignataire(@Ctx() context: RequestContext, @Args('input') input: AjouterSignataireInput): Promise<CommandPayload> {
    return this.commandBus.execute(new AjouterSignataireCommand(context, sansNull(input)));
  }
}
