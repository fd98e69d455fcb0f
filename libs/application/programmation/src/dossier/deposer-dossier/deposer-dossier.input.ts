import { Field, InputType, Int } from '@nestjs/graphql';
import type { Cents } from '@cdv/eventsourcing';
import { CommandInput, DateScalar, MontantScalar } from '@cdv/graphql-common';
import { ClassementDossierInput, SerieDossierInput } from '../../shared/programmation.inputs';
import { programmationScope } from '../../programmation.graphql-scope';

@InputType({ ...programmationScope, description: 'The dossier ajourné of a previous year that this deposit carries on.' })
export class OrigineDossierInput {
  @Field()
  dossierId: string;

  @Field(() => Int)
  annee: number;
}

@InputType({ ...programmationScope, description: 'A new dossier for the year’s appel. Labels (porteur, communes, QPV) come from the référentiel.' })
export class DeposerDossierInput extends CommandInput {
  @Field(() => String, { nullable: true, description: 'Given, or derived from commandId (a retried deposit lands on the same dossier), or new.' })
  dossierId?: string | null;

  @Field(() => Int)
  annee: number;

  @Field(() => String, { nullable: true, description: 'Partenaire id of the porteur; a porteur deposits for its own organisation (the default).' })
  porteurId?: string | null;

  @Field()
  titre: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [String], { nullable: true, description: 'Target publics (labels).' })
  publics?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'True for an intercommunal action (then no communes).' })
  intercommunal?: boolean | null;

  @Field(() => [String], { nullable: true, description: 'INSEE codes of the communes of the territory the action covers.' })
  communes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Ids (or official codes) of the QPV targeted.' })
  qpvIds?: string[] | null;

  @Field(() => ClassementDossierInput, { nullable: true })
  classement?: ClassementDossierInput | null;

  @Field(() => MontantScalar)
  coutTotal: Cents;

  @Field(() => MontantScalar, { nullable: true, description: 'Base of rate rules (fonds de concours); the total cost when absent.' })
  depensesEligibles?: Cents | null;

  @Field(() => DateScalar)
  dateDebut: string;

  @Field(() => DateScalar)
  dateFin: string;

  @Field(() => Int, { nullable: true, description: 'Actions this dossier stands for in the counts (1 by default).' })
  nombreActions?: number | null;

  @Field(() => SerieDossierInput, { nullable: true, description: 'The série it renews; absent: the dossier starts its own.' })
  serie?: SerieDossierInput | null;

  @Field(() => String, { nullable: true })
  referenceExterne?: string | null;

  @Field(() => OrigineDossierInput, { nullable: true })
  origine?: OrigineDossierInput | null;
}
