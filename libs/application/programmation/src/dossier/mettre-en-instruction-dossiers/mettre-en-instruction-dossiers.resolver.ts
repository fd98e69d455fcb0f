import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { EPCI } from '../../shared/acces';
import { MettreEnInstructionDossiersInput } from './mettre-en-instruction-dossiers.input';
import { ResultatsParDossier } from './mettre-en-instruction-dossiers.types';
import { MettreEnInstructionDossiersCommand } from './mettre-en-instruction-dossiers.command';

/**
 * Use case: after an import, put its dossiers under instruction in one call instead of one per dossier (EPCI staff).
 * Each dossier is its own command on its own stream: a dossier refused (not deposited, changed since its revision)
 * is answered with its code and the others go on; the read models include every write when the call answers.
 */
@Resolver()
export class MettreEnInstructionDossiersResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => ResultatsParDossier, {
    nullable: true,
    description: 'Start the instruction of many dossiers at once; each dossier is answered on its own.',
  })
  @Permit(...EPCI)
  mettreEnInstructionDossiers(@Ctx() context: RequestContext, @Args('input') input: MettreEnInstructionDossiersInput): Promise<ResultatsParDossier> {
    return this.commandBus.execute(new MettreEnInstructionDossiersCommand(context, sansNull(input)));
  }
}
