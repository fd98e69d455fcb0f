import { Directive, Field, Int, ObjectType } from '@nestjs/graphql';
import type { Cents, CentsSum } from '@cdv/eventsourcing';
import type { TypeConvention } from '@cdv/domain-programmation';
import { DateScalar, MontantScalar } from '@cdv/graphql-common';
import { totalEngageDeLaConvention, type ConventionDocument } from '@cdv/projections-programmation';
import { LECTURE, type LectureDossiers } from '../dossier/dossier.lecture';
import { TypeConventionEnum } from '../shared/programmation.enums';
import { FinanceurRef, PorteurRef } from '../shared/programmation.types';
import { programmationScope } from '../programmation.graphql-scope';

@ObjectType({ ...programmationScope, description: 'A dossier the convention covers, for one year.' })
export class DossierDeConvention {
  @Field()
  dossierId: string;

  @Field(() => Int)
  annee: number;
}

@ObjectType({ ...programmationScope, description: 'A yearly tranche engaged on a dossier’s line.' })
export class TrancheConvention {
  @Field(() => Int)
  annee: number;

  @Field()
  dossierId: string;

  @Field()
  ligneId: string;

  @Field()
  financeurId: string;

  @Field(() => MontantScalar)
  montant: Cents;

  @Field(() => String, { nullable: true })
  numeroEngagementJuridique: string | null;
}

@ObjectType({ ...programmationScope, description: 'An annual convention or a CPO: the stable identifier that links the dossiers of several years.' })
@Directive('@key(fields: "id")')
export class Convention {
  @Field()
  id: string;

  @Field(() => TypeConventionEnum)
  typeConvention: TypeConvention;

  @Field()
  objet: string;

  @Field(() => PorteurRef)
  porteur: PorteurRef;

  @Field(() => [FinanceurRef])
  signataires: FinanceurRef[];

  @Field(() => Int)
  anneeDebut: number;

  @Field(() => Int)
  anneeFin: number;

  @Field(() => DateScalar)
  dateSignature: string;

  @Field(() => String, { nullable: true })
  numeroEngagementJuridique: string | null;

  @Field(() => [DossierDeConvention])
  dossiers: DossierDeConvention[];

  @Field(() => [TrancheConvention])
  tranches: TrancheConvention[];

  @Field(() => MontantScalar)
  totalEngage: CentsSum;
}

export type DossierDeConventionSource = DossierDeConvention & { [LECTURE]: LectureDossiers };

/** A Convention node and the reading it comes from (its pieces are read at the same point). */
export type ConventionSource = Convention & { [LECTURE]: LectureDossiers };

export function toConvention(document: ConventionDocument, lecture: LectureDossiers): ConventionSource {
  return {
    [LECTURE]: lecture,
    id: document.conventionId,
    typeConvention: document.typeConvention,
    objet: document.objet,
    porteur: document.porteur,
    signataires: document.signataires,
    anneeDebut: document.anneeDebut,
    anneeFin: document.anneeFin,
    dateSignature: document.dateSignature,
    numeroEngagementJuridique: document.numeroEngagementJuridique,
    dossiers: document.dossiers.map((dossier): DossierDeConventionSource => ({ ...dossier, [LECTURE]: lecture })),
    tranches: document.tranches,
    totalEngage: totalEngageDeLaConvention(document),
  };
}
