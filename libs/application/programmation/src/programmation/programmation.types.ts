import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { CentsSum } from '@cdv/eventsourcing';
import type { FinanceurCategorie, NatureFinancement } from '@cdv/domain-programmation';
import { MontantScalar } from '@cdv/graphql-common';
import type { RegleComptage } from '@cdv/projections-programmation';
import { FinanceurCategorieEnum, NatureFinancementEnum, RegleComptageEnum } from '../shared/programmation.enums';
import { MontantsParEtape } from '../shared/programmation.types';
import { programmationScope } from '../programmation.graphql-scope';

@ObjectType({ ...programmationScope, description: 'The counting rule the figures follow, named and explained (a count means nothing without it).' })
export class RegleComptageAppliquee {
  @Field(() => RegleComptageEnum)
  id: RegleComptage;

  @Field()
  libelle: string;

  @Field()
  description: string;
}

@ObjectType(programmationScope)
export class ProgrammationComptes {
  @Field(() => Int)
  deposes: number;

  @Field(() => Int, { description: 'Dossiers the comité retained (kept when they move on).' })
  retenus: number;

  @Field(() => Int)
  nonRetenus: number;

  @Field(() => Int)
  ajournes: number;

  @Field(() => Int)
  abandonnes: number;

  @Field(() => Int, { description: 'Deposited or under instruction.' })
  enInstruction: number;

  @Field(() => Int, { description: 'Retained, counted under the rule.' })
  projetsRetenus: number;

  @Field(() => Int, { description: 'COUNT DISTINCT of the porteurs who deposited.' })
  porteursDeposants: number;

  @Field(() => Int, { description: 'COUNT DISTINCT of the porteurs retained.' })
  porteursRetenus: number;

  @Field(() => MontantScalar)
  coutTotalDeposes: CentsSum;

  @Field(() => MontantScalar)
  coutTotalRetenus: CentsSum;
}

@ObjectType({ ...programmationScope, description: 'Σ over retained dossiers for one financeur category and nature, every stage.' })
export class ProgrammationParFinanceur extends MontantsParEtape {
  @Field(() => FinanceurCategorieEnum)
  categorie: FinanceurCategorie;

  @Field(() => NatureFinancementEnum)
  nature: NatureFinancement;

  @Field(() => Int)
  lignes: number;
}

@ObjectType(programmationScope)
export class ProgrammationMontantsParNature {
  @Field(() => MontantScalar)
  total: CentsSum;

  @Field(() => MontantScalar)
  droitCommun: CentsSum;

  @Field(() => MontantScalar)
  creditsSpecifiques: CentsSum;
}

@ObjectType({
  ...programmationScope,
  description: 'Retained dossiers of one group (pilier, thématique, QPV, porteur kind). Porteurs are COUNT DISTINCT: never add them across groups.',
})
export class ProgrammationGroupe {
  @Field(() => String, { nullable: true, description: 'Group key; null for « non classé » / « hors QPV ».' })
  cle: string | null;

  @Field()
  libelle: string;

  @Field(() => Int, { description: 'Counted under the summary’s rule.' })
  projets: number;

  @Field(() => Int)
  dossiers: number;

  @Field(() => Int)
  porteursDistincts: number;

  @Field(() => MontantScalar)
  coutTotal: CentsSum;

  @Field(() => ProgrammationMontantsParNature)
  demande: ProgrammationMontantsParNature;

  @Field(() => ProgrammationMontantsParNature)
  vote: ProgrammationMontantsParNature;
}

@ObjectType({
  ...programmationScope,
  description: 'A year’s programmation as the rapport annuel shows it: counts, money by financeur and nature, by pilier, thématique, QPV and porteur kind.',
})
export class Programmation {
  @Field(() => Int)
  annee: number;

  @Field(() => RegleComptageAppliquee)
  regleComptage: RegleComptageAppliquee;

  @Field(() => ProgrammationComptes)
  comptes: ProgrammationComptes;

  @Field(() => [ProgrammationParFinanceur])
  parFinanceur: ProgrammationParFinanceur[];

  @Field(() => [ProgrammationGroupe])
  parPilier: ProgrammationGroupe[];

  @Field(() => [ProgrammationGroupe])
  parThematique: ProgrammationGroupe[];

  @Field(() => [ProgrammationGroupe], { description: 'A dossier targeting several QPV is in each: these groups do not add up.' })
  parQpv: ProgrammationGroupe[];

  @Field(() => [ProgrammationGroupe])
  parPorteurKind: ProgrammationGroupe[];
}

@ObjectType({ ...programmationScope, description: 'A financeur’s ledger for a year: the funnel over every dossier of the year and its envelope.' })
export class LignesFinancementFinanceur extends MontantsParEtape {
  @Field()
  financeurId: string;

  @Field()
  financeurNom: string;

  @Field(() => [FinanceurCategorieEnum])
  categories: FinanceurCategorie[];

  @Field(() => Int)
  lignes: number;

  @Field(() => Int, { description: 'Lines voted (and beyond: engaged, paid, justified).' })
  lignesVotees: number;

  @Field(() => Int)
  lignesRefusees: number;

  @Field(() => Int)
  dossiers: number;

  @Field(() => MontantsParEtape)
  droitCommun: MontantsParEtape;

  @Field(() => MontantsParEtape)
  creditsSpecifiques: MontantsParEtape;

  @Field(() => MontantScalar, { nullable: true, description: 'The appel’s envelope (all natures); null when none was set.' })
  enveloppe: CentsSum | null;

  @Field(() => MontantScalar, { description: 'What the votes consume of the envelope.' })
  consomme: CentsSum;

  @Field(() => MontantScalar, { nullable: true, description: 'Envelope minus consumed; negative on an overrun.' })
  disponible: CentsSum | null;

  @Field()
  depassement: boolean;
}
