import { Directive, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { NatureIndicateur, TypeVentilation, Ventilation } from '@cdv/domain-territoire';
import { CibleFields } from '../engagement/engagement.types';
import { NatureIndicateurEnum, SexeEnum, TypeVentilationEnum } from '../shared/enums';
import { CadreStrategiqueNoeudRef } from '../shared/types';
import { territoireScope } from '../territoire.graphql-scope';

@ObjectType({ ...territoireScope, description: 'A target of the indicator set by a commitment.' })
export class IndicateurCible extends CibleFields {
  @Field()
  engagementId: string;
}

@ObjectType({ ...territoireScope, description: 'The breakdown a value is for.' })
export class IndicateurVentilation {
  @Field(() => SexeEnum, { nullable: true })
  sexe: NonNullable<Ventilation['sexe']> | null;

  @Field(() => String, { nullable: true })
  trancheAge: string | null;

  @Field(() => String, { nullable: true })
  qpvId: string | null;
}

@ObjectType({ ...territoireScope, description: 'A value replaced by a correction, with its reason.' })
export class IndicateurValeurCorrection {
  @Field(() => String, { nullable: true })
  valeur: string | null;

  @Field(() => String, { nullable: true })
  valeurImprimee: string | null;

  @Field(() => String, { nullable: true, description: 'Why, as the author of the change said it (the command’s reason).' })
  reason: string | null;

  @Field(() => String, { nullable: true, deprecationReason: 'Use reason (the same value; plumbing words are English, docs/api.md « Names »).' })
  motif: string | null;

  @Field()
  le: string;
}

@ObjectType({ ...territoireScope, description: 'A reported value of an indicator.' })
export class IndicateurValeur {
  @Field(() => Int, { nullable: true })
  annee: number | null;

  @Field(() => String, { nullable: true })
  date: string | null;

  @Field(() => IndicateurVentilation, { nullable: true })
  ventilation: IndicateurVentilation | null;

  @Field(() => String, { nullable: true })
  engagementId: string | null;

  @Field(() => String, { nullable: true, description: 'Decimal.' })
  valeur: string | null;

  @Field(() => String, { nullable: true })
  valeurImprimee: string | null;

  @Field(() => String, { nullable: true })
  qualificatif: string | null;

  @Field()
  source: string;

  @Field(() => [IndicateurValeurCorrection])
  corrections: IndicateurValeurCorrection[];
}

@ObjectType({ ...territoireScope, description: 'An indicator of the catalogue: definition, objectives, targets and values per year.' })
@Directive('@key(fields: "id")')
export class Indicateur {
  @Field(() => ID)
  id: string;

  @Field({ description: 'false while the indicator is only known from a commitment that cites it.' })
  defini: boolean;

  @Field(() => String, { nullable: true })
  libelle: string | null;

  @Field(() => String, { nullable: true })
  unite: string | null;

  @Field(() => NatureIndicateurEnum, { nullable: true })
  nature: NatureIndicateur | null;

  @Field(() => [TypeVentilationEnum])
  ventilations: TypeVentilation[];

  @Field(() => [String])
  tranchesAge: string[];

  @Field(() => String, { nullable: true })
  definition: string | null;

  @Field(() => [CadreStrategiqueNoeudRef])
  noeuds: CadreStrategiqueNoeudRef[];

  @Field(() => [String])
  engagementIds: string[];

  @Field(() => [IndicateurCible])
  cibles: IndicateurCible[];

  @Field(() => [IndicateurValeur])
  valeurs: IndicateurValeur[];

  @Field({ description: 'false renders as « non renseigné » in reports.' })
  renseigne: boolean;
}

@InputType({ ...territoireScope, description: 'Filters of the indicateurs query; all given ones apply.' })
export class IndicateursFilter {
  @Field(() => String, { nullable: true })
  noeudId?: string | null;

  @Field(() => String, { nullable: true })
  engagementId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'false: the indicators a report shows as « non renseigné ».' })
  renseigne?: boolean | null;

  @Field(() => String, { nullable: true })
  texte?: string | null;
}
