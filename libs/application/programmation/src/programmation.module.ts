import { Module } from '@nestjs/common';
import { ExportsModule } from '@cdv/exports';
import { TerritoireReadModelsModule } from '@cdv/application-territoire';
import { AppelAProjetsResolver } from './appel/appel.resolver';
import { CloreAppelAProjetsResolver } from './appel/clore-appel-a-projets/clore-appel-a-projets.resolver';
import { ModifierDateClotureResolver } from './appel/modifier-date-cloture/modifier-date-cloture.resolver';
import { CloturerExerciceResolver } from './appel/cloturer-exercice/cloturer-exercice.resolver';
import { FixerEnveloppeResolver } from './appel/fixer-enveloppe/fixer-enveloppe.resolver';
import { OuvrirAppelAProjetsResolver } from './appel/ouvrir-appel-a-projets/ouvrir-appel-a-projets.resolver';
import { PlanifierComiteResolver } from './appel/planifier-comite/planifier-comite.resolver';
import { ArreterProgrammationResolver } from './comite/arreter-programmation/arreter-programmation.resolver';
import { CloreComiteResolver } from './comite/clore-comite/clore-comite.resolver';
import { ComiteResolver, DecisionDeComiteResolver } from './comite/comite.resolver';
import { ConvoquerComiteResolver } from './comite/convoquer-comite/convoquer-comite.resolver';
import { CorrigerMembresComiteResolver } from './comite/corriger-membres-comite/corriger-membres-comite.resolver';
import { ConventionResolver, DossierDeConventionResolver } from './convention/convention.resolver';
import { EngagerTrancheResolver } from './convention/engager-tranche/engager-tranche.resolver';
import { RattacherDossierAConventionResolver } from './convention/rattacher-dossier-a-convention/rattacher-dossier-a-convention.resolver';
import { SignerConventionResolver } from './convention/signer-convention/signer-convention.resolver';
import { AbandonnerDossierResolver } from './dossier/abandonner-dossier/abandonner-dossier.resolver';
import { AjournerDossierResolver } from './dossier/ajourner-dossier/ajourner-dossier.resolver';
import { CorrigerMontantResolver } from './dossier/corriger-montant/corriger-montant.resolver';
import { DemanderFinancementResolver } from './dossier/demander-financement/demander-financement.resolver';
import { DemarrerActionResolver } from './dossier/demarrer-action/demarrer-action.resolver';
import { DeposerBilanResolver } from './dossier/deposer-bilan/deposer-bilan.resolver';
import { DeposerDossierResolver } from './dossier/deposer-dossier/deposer-dossier.resolver';
import { DossierConnectionResolver, DossierResolver } from './dossier/dossier.resolver';
import { EmettreAvisResolver } from './dossier/emettre-avis/emettre-avis.resolver';
import { EngagerFinancementResolver } from './dossier/engager-financement/engager-financement.resolver';
import { EnregistrerVersementResolver } from './dossier/enregistrer-versement/enregistrer-versement.resolver';
import { JustifierFinancementResolver } from './dossier/justifier-financement/justifier-financement.resolver';
import { MettreEnInstructionResolver } from './dossier/mettre-en-instruction/mettre-en-instruction.resolver';
import { MettreEnInstructionDossiersResolver } from './dossier/mettre-en-instruction-dossiers/mettre-en-instruction-dossiers.resolver';
import { ModifierDossierResolver } from './dossier/modifier-dossier/modifier-dossier.resolver';
import { NePasRetenirDossierResolver } from './dossier/ne-pas-retenir-dossier/ne-pas-retenir-dossier.resolver';
import { ProposerFinancementResolver } from './dossier/proposer-financement/proposer-financement.resolver';
import { RattacherASerieResolver } from './dossier/rattacher-a-serie/rattacher-a-serie.resolver';
import { RefuserFinancementResolver } from './dossier/refuser-financement/refuser-financement.resolver';
import { RenseignerIndicateurResolver } from './dossier/renseigner-indicateur/renseigner-indicateur.resolver';
import { RetenirDossierResolver } from './dossier/retenir-dossier/retenir-dossier.resolver';
import { RetirerDemandeFinancementResolver } from './dossier/retirer-demande-financement/retirer-demande-financement.resolver';
import { SolderDossierResolver } from './dossier/solder-dossier/solder-dossier.resolver';
import { VoterFinancementResolver } from './dossier/voter-financement/voter-financement.resolver';
import { PIECES_CONTROLLERS, PIECES_PROVIDERS } from './pieces/pieces.providers';
import { ProgrammationExports } from './export/programmation-exports';
import { OpenDataController } from './scdl/publication/open-data.controller';
import { PublicationOpenData } from './scdl/publication/publication-open-data';
import { ScdlResolver } from './scdl/scdl.resolver';
import { ImportProgrammationController } from './import/http/import-programmation.controller';
import { ImportProgrammationHttp } from './import/http/import-programmation.http';
import { ProgrammationImporter } from './import/programmation-importer';
import { EspacePorteurResolver } from './porteur/espace-porteur.resolver';
import { ProgrammationReadModelsModule } from './programmation-read-models.module';
import { ProgrammationResolver } from './programmation/programmation.resolver';
import { DefinirReglesFinancementResolver } from './regles/definir-regles-financement/definir-regles-financement.resolver';
import { ReglesFinancementResolver } from './regles/regles.resolver';
import { AccesEntites } from './shared/acces-entites.service';
import { ProgrammationCommands } from './shared/programmation-commands.service';
import { ReferentielProgrammation } from './shared/referentiel.service';

const QUERIES = [
  AppelAProjetsResolver,
  DossierResolver,
  DossierConnectionResolver,
  ComiteResolver,
  DecisionDeComiteResolver,
  ConventionResolver,
  DossierDeConventionResolver,
  ProgrammationResolver,
  EspacePorteurResolver,
  ReglesFinancementResolver,
];

const MUTATIONS = [
  OuvrirAppelAProjetsResolver,
  FixerEnveloppeResolver,
  PlanifierComiteResolver,
  CloreAppelAProjetsResolver,
  ModifierDateClotureResolver,
  CloturerExerciceResolver,
  DeposerDossierResolver,
  ModifierDossierResolver,
  RattacherASerieResolver,
  DemanderFinancementResolver,
  RetirerDemandeFinancementResolver,
  MettreEnInstructionResolver,
  MettreEnInstructionDossiersResolver,
  EmettreAvisResolver,
  ProposerFinancementResolver,
  VoterFinancementResolver,
  RefuserFinancementResolver,
  RetenirDossierResolver,
  NePasRetenirDossierResolver,
  AjournerDossierResolver,
  AbandonnerDossierResolver,
  DemarrerActionResolver,
  EngagerFinancementResolver,
  EnregistrerVersementResolver,
  DeposerBilanResolver,
  RenseignerIndicateurResolver,
  JustifierFinancementResolver,
  SolderDossierResolver,
  CorrigerMontantResolver,
  ConvoquerComiteResolver,
  CorrigerMembresComiteResolver,
  ArreterProgrammationResolver,
  CloreComiteResolver,
  SignerConventionResolver,
  RattacherDossierAConventionResolver,
  EngagerTrancheResolver,
  DefinirReglesFinancementResolver,
];

/**
 * The programmation context's GraphQL API: resolvers of its queries and mutations, over its read models, and the
 * spreadsheet import endpoint. The territoire read models are registered too: commands take their labels
 * (porteurs, financeurs, QPV, communes) from the référentiel.
 */
@Module({
  imports: [ProgrammationReadModelsModule, TerritoireReadModelsModule, ExportsModule],
  // the spreadsheet import beside /graphql (POST /imports/programmation), the pieces' files, the open data
  controllers: [ImportProgrammationController, ...PIECES_CONTROLLERS, OpenDataController],
  providers: [
    ProgrammationCommands,
    ReferentielProgrammation,
    AccesEntites,
    ProgrammationImporter,
    ImportProgrammationHttp,
    ProgrammationExports,
    PublicationOpenData,
    ScdlResolver,
    ...QUERIES,
    ...MUTATIONS,
    ...PIECES_PROVIDERS,
  ],
})
export class ProgrammationModule {}
