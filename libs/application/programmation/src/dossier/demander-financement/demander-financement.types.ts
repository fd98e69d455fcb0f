import { Field, ObjectType } from '@nestjs/graphql';
import { CommandPayload } from '@cdv/graphql-common';
import { programmationScope } from '../../programmation.graphql-scope';

@ObjectType({ ...programmationScope, description: 'Result of demanderFinancement: the command’s payload and the id of the line it created.' })
export class FinancementDemandePayload extends CommandPayload {
  @Field({ description: 'Id of the line (`{financeurId}:{nature}`): the `ligneId` of proposerFinancement, voterFinancement, corrigerMontant…' })
  ligneId: string;
}
