import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { comiteDecider, comiteStream, type ConvoquerComite, type MembreComite } from '@cdv/domain-programmation';
import { CommandPayload } from '@cdv/graphql-common';
import { CommandGateway } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { EPCI } from '../../shared/acces';
import { nouvelId } from '../../shared/ids';
import { ProgrammationCommands } from '../../shared/programmation-commands.service';
import { ReferentielProgrammation } from '../../shared/referentiel.service';
import { ConvoquerComiteInput, type MembreComiteInput } from './convoquer-comite.input';

/** Use case: convene a comité des financeurs with its members (EPCI staff); names come from the référentiel. */
@Resolver()
export class ConvoquerComiteResolver {
  constructor(
    private readonly commands: ProgrammationCommands,
    private readonly gateway: CommandGateway,
    private readonly referentiel: ReferentielProgrammation,
  ) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Convene a comité des financeurs.' })
  @Permit(...EPCI)
  async convoquerComite(@Ctx() context: RequestContext, @Args('input') input: ConvoquerComiteInput): Promise<CommandPayload> {
    const metadata = this.commands.metadata(context, input);
    const comiteId = nouvelId('comiteId', 'comite', context.tenantId, input.comiteId, input.commandId);
    const command: ConvoquerComite = {
      type: 'ConvoquerComite',
      data: {
        comiteId,
        annee: input.annee,
        date: input.date,
        libelle: input.libelle,
        membres: await membresDuComite(this.referentiel, context.tenantId, input.membres ?? []),
      },
      metadata,
    };
    return this.gateway.execute(
      { decider: comiteDecider, stream: comiteStream(context.tenantId, comiteId), command, expectedRevision: input.expectedRevision },
      comiteId,
    );
  }
}

/** The members as a comité records them: organisations of the référentiel (unknown ones refused), with their names. */
export async function membresDuComite(referentiel: ReferentielProgrammation, tenantId: string, membres: readonly MembreComiteInput[]): Promise<MembreComite[]> {
  const organisations = await referentiel.partenaires(
    tenantId,
    membres.map((membre, index) => ({ field: `membres[${index}].organisationId`, id: membre.organisationId })),
  );
  return membres.map((membre) => ({
    organisationId: membre.organisationId,
    nom: organisations.get(membre.organisationId)?.nom ?? membre.organisationId,
    qualite: membre.qualite,
  }));
}
