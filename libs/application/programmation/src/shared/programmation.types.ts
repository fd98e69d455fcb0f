import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { Cents, CentsSum } from '@cdv/eventsourcing';
import type { FinanceurCategorie, PorteurKind } from '@cdv/domain-programmation';
import { MontantScalar } from '@cdv/graphql-common';
import { FinanceurCategorieEnum, PorteurKindEnum } from './programmation.enums';
import { programmationScope } from '../programmation.graphql-scope';

/**
 * References to référentiel objects as programmation events recorded them (labels as they were then). The
 * territoire context owns `Partenaire`, `Qpv`…; these are our names for the references.
 */
@ObjectType({ ...programmationScope, description: 'The porteur of a dossier or convention, with its name and kind as recorded.' })
export class PorteurRef {
  @Field({ description: 'Partenaire id in the référentiel.' })
  id: string;

  @Field()
  nom: string;

  @Field(() => PorteurKindEnum)
  kind: PorteurKind;
}

@ObjectType({ ...programmationScope, description: 'A financeur as recorded on a line, envelope or convention, with its report category.' })
export class FinanceurRef {
  @Field({ description: 'Partenaire id in the référentiel.' })
  id: string;

  @Field()
  nom: string;

  @Field(() => FinanceurCategorieEnum)
  categorie: FinanceurCategorie;
}

@ObjectType({ ...programmationScope, description: 'A QPV a dossier targets, as recorded.' })
export class QpvCible {
  @Field({ description: 'QPV id in the référentiel.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'Official code when known (QP059012, QN05901M).' })
  code?: string | null;

  @Field()
  nom: string;
}

@ObjectType({ ...programmationScope, description: 'A commune a dossier covers.' })
export class CommuneCible {
  @Field({ description: 'INSEE code (COG), 5 characters.' })
  codeInsee: string;

  @Field({ deprecationReason: 'Use codeInsee (domain nouns are spelled in full, as in the référentiel: docs/api.md « Names »).' })
  insee: string;

  @Field()
  nom: string;
}

@ObjectType({ ...programmationScope, description: 'A node of the cadre stratégique (or another classification) with its label at the time.' })
export class TagProgrammation {
  @Field()
  id: string;

  @Field()
  libelle: string;
}

@ObjectType({ ...programmationScope, description: 'Amounts by stage of the financing funnel (of a line, a dossier, or a sum over many).' })
export class MontantsParEtape {
  @Field(() => MontantScalar)
  demande: CentsSum;

  @Field(() => MontantScalar)
  propose: CentsSum;

  @Field(() => MontantScalar)
  vote: CentsSum;

  @Field(() => MontantScalar)
  engage: CentsSum;

  @Field(() => MontantScalar)
  verse: CentsSum;

  @Field(() => MontantScalar)
  justifie: CentsSum;
}

@ObjectType({ ...programmationScope, description: 'A financing rule that warned when an amount was set (recorded on the event).' })
export class AvertissementRegle {
  @Field()
  regleId: string;

  @Field()
  libelle: string;

  @Field()
  message: string;

  @Field(() => MontantScalar, { nullable: true })
  montantMax?: Cents | null;

  @Field(() => MontantScalar, { nullable: true })
  montantAttendu?: Cents | null;
}

@ObjectType({ ...programmationScope, description: 'A dossier command that a comité or convention event caused, and how it went.' })
export class EffetSurDossier {
  @Field()
  dossierId: string;

  @Field({ description: 'The dossier command, e.g. VoterFinancement, RetenirDossier, ConventionnerDossier.' })
  commande: string;

  @Field()
  ok: boolean;

  @Field({ description: 'True when the command had been applied already (a retry).' })
  replayed: boolean;

  @Field(() => Int, { nullable: true, description: 'Revision of the dossier after the command.' })
  revision: number | null;

  @Field(() => String, { nullable: true, description: 'Error code when the dossier refused the command.' })
  code: string | null;

  @Field(() => String, { nullable: true })
  message: string | null;
}

@ObjectType({ ...programmationScope, description: 'Result of a command whose event moves dossiers (comité decisions, conventions, tranches).' })
export class CommandPayloadAvecEffets {
  @Field()
  streamId: string;

  @Field()
  id: string;

  @Field(() => Int)
  revision: number;

  @Field(() => Int)
  position: number;

  @Field(() => Int)
  eventsAppended: number;

  @Field()
  replayed: boolean;

  @Field(() => [String])
  eventTypes: string[];

  @Field(() => [EffetSurDossier], { description: 'The dossier commands applied because of this one, in order.' })
  effets: EffetSurDossier[];
}
