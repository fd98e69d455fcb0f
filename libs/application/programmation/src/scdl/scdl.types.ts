import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { Cents } from '@cdv/eventsourcing';
import { MontantScalar } from '@cdv/graphql-common';
import { programmationScope } from '../programmation.graphql-scope';

@ObjectType({ ...programmationScope, description: 'Who grants the subsidies of a SCDL file: a partenaire of the workspace.' })
export class AttribuantScdl {
  @Field({ description: 'Partenaire id.' })
  id: string;

  @Field()
  nom: string;

  @Field(() => String, { nullable: true })
  siret: string | null;
}

@ObjectType({ ...programmationScope, description: 'One row of the SCDL « subventions » 2.1.1 file, as written (missing values are null).' })
export class LigneScdlSubventions {
  @Field()
  nomAttribuant: string;
  @Field(() => String, { nullable: true })
  idAttribuant: string | null;
  @Field(() => String, { nullable: true })
  dateConvention: string | null;
  @Field(() => String, { nullable: true })
  referenceDecision: string | null;
  @Field()
  nomBeneficiaire: string;
  @Field(() => String, { nullable: true })
  idBeneficiaire: string | null;
  @Field(() => String, { nullable: true })
  rnaBeneficiaire: string | null;
  @Field()
  objet: string;
  @Field(() => MontantScalar, { description: 'The granted amount (engaged when engaged, else voted).' })
  montant: Cents;
  @Field()
  nature: string;
  @Field()
  conditionsVersement: string;
  @Field()
  datesPeriodeVersement: string;
  @Field(() => String, { nullable: true })
  idRAE: string | null;
  @Field()
  notificationUE: string;
  @Field(() => Float, { description: 'Share of the subsidy going to this beneficiary (1: a single beneficiary).' })
  pourcentageSubvention: number;
  @Field(() => String, { nullable: true })
  dispositifAide: string | null;

  @Field({ description: 'Where the row comes from.' })
  dossierId: string;
  @Field()
  ligneId: string;
  @Field({ description: 'True when the amount was invented by a seed or an import (the demo marks them).' })
  montantSynthetique: boolean;
}

@ObjectType({ ...programmationScope, description: 'Why a line cannot be published.' })
export class RaisonScdlType {
  @Field({ description: 'The SCDL field at fault.' })
  champ: string;
  @Field({ description: 'OBLIGATOIRE, FORMAT, VALEUR or CONVENTION_ABSENTE.' })
  code: string;
  @Field({ description: 'What is wrong and what to fix (French).' })
  message: string;
}

@ObjectType({ ...programmationScope, description: 'A voted line of the attribuant that cannot be valid: left out of the file.' })
export class ProblemeScdlType {
  @Field()
  dossierId: string;
  @Field()
  ligneId: string;
  @Field()
  titre: string;
  @Field()
  beneficiaire: string;
  @Field(() => MontantScalar)
  montant: Cents;
  @Field(() => [RaisonScdlType])
  raisons: RaisonScdlType[];
}

@ObjectType({ ...programmationScope, description: 'Whether the file is published at a public URL (no token), for data.gouv.fr to harvest.' })
export class PublicationScdl {
  @Field()
  publie: boolean;
  @Field(() => String, { nullable: true, description: 'Path of the public file on this server, when published.' })
  url: string | null;
}

@ObjectType({
  ...programmationScope,
  description: 'A year’s SCDL « subventions » 2.1.1 file of one attribuant: its rows, checked against the schema, and the lines left out with their reasons.',
})
export class FichierScdlSubventions {
  @Field(() => Int)
  annee: number;
  @Field(() => AttribuantScdl)
  attribuant: AttribuantScdl;
  @Field(() => [LigneScdlSubventions])
  lignes: LigneScdlSubventions[];
  @Field(() => [ProblemeScdlType])
  problemes: ProblemeScdlType[];
  @Field(() => Int)
  nombreLignes: number;
  @Field(() => Int)
  nombreProblemes: number;
  @Field({ description: 'True when more rows or problems exist than the answer lists (see the CLI or the public file for all).' })
  tronque: boolean;
  @Field(() => PublicationScdl)
  publication: PublicationScdl;
}

@ObjectType({ ...programmationScope, description: 'The workspace’s open-data setting.' })
export class PublicationOpenData {
  @Field()
  active: boolean;
  @Field(() => [String], { description: 'Partenaire ids whose SCDL files are published.' })
  attribuants: string[];
  @Field(() => Int, { description: 'Revision of the setting’s stream: send it as expectedRevision.' })
  revision: number;
}
