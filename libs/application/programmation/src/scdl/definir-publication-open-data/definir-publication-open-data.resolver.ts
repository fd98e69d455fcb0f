import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { CONFIGURATION } from '../../shared/acces';
import { DefinirPublicationOpenDataInput } from './definir-publication-open-data.input';
import { DefinirPublicationOpenDataCommand } from './definir-publication-open-data.command';

/** Use case: publish (or stop publishing) the workspace's SCDL files at a public URL (configuration roles). */
@Resolver()
export class DefinirPublicationOpenDataResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, {
    nullable: true,
    description:
      'Publish (or stop publishing) the SCDL files of the named attribuants at /open-data/{workspace}/subventions/{attribuant}/{annee}.csv, read-only and without a token.',
  })
  @Permit(...CONFIGURATION)
  definirPublicationOpenData(@Ctx() context: RequestContext, @Args('input') input: DefinirPublicationOpenDataInput): Promise<CommandPayload> {
    return this.commandBus.execute(new DefinirPublicationOpenDataCommand(context, sansNull(input)));
  }
}
