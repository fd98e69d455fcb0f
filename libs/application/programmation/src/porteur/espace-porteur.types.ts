import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { CentsSum } from '@cdv/eventsourcing';
import { MontantScalar, type Connection } from '@cdv/graphql-common';
import { Convention } from '../convention/convention.types';
import { Dossier, DossierConnection } from '../dossier/dossier.types';
import { PorteurRef } from '../shared/programmation.types';
import { programmationScope } from '../programmation.graphql-scope';

@ObjectType({ ...programmationScope, description: 'A porteur’s year: its dossiers, how many were retained, asked, voted and paid.' })
export class EspacePorteurAnnee {
  @Field(() => Int)
  annee: number;

  @Field(() => Int)
  dossiers: number;

  @Field(() => Int)
  retenus: number;

  @Field(() => MontantScalar)
  demande: CentsSum;

  @Field(() => MontantScalar)
  vote: CentsSum;

  @Field(() => MontantScalar)
  verse: CentsSum;
}

@ObjectType({ ...programmationScope, description: 'A porteur’s own view: its dossiers year by year and its conventions, nothing of other porteurs.' })
export class EspacePorteur {
  @Field(() => PorteurRef, { nullable: true, description: 'As the référentiel names it.' })
  porteur: PorteurRef | null;

  @Field(() => [EspacePorteurAnnee], { description: 'Most recent year first.' })
  annees: EspacePorteurAnnee[];

  @Field(() => DossierConnection)
  dossiers: Connection<Dossier>;

  @Field(() => [Convention])
  conventions: Convention[];
}
