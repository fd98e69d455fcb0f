import { Module } from '@nestjs/common';
import { ExportsModule } from '@cdv/exports';
import { TerritoireReadModelsModule } from '@cdv/application-territoire';
import { AppelAProjetsResolver } from './appel/appel.resolver';
import { CloreAppelAProjetsResolver } from './appel/clore-appel-a-projets/clore-appel-a-projets.resolver';
import { CloreAppelAProjetsHandler } from './appel/clore-appel-a-projets/clore-appel-a-projets.handler';
import { ModifierDateClotureResolver } from './appel/modifier-date-cloture/modifier-date-cloture.resolver';
import { ModifierDateClotureHandler } from './appel/modifier-date-cloture/modifier-date-cloture.handler';
import { CloturerExerciceResolver } from './appel/cloturer-exercice/cloturer-exercice.resolver';
import { CloturerExerciceHandler } from './appel/cloturer-exercice/cloturer-exercice.handler';
import { FixerEnveloppeResolver } from './appel/fixer-enveloppe/fixer-enveloppe.resolver';
import { FixerEnveloppeHandler } from './appel/fixer-enveloppe/fixer-enveloppe.handler';
import { OuvrirAppelAProjetsResolver } from './appel/ouvrir-appel-a-projets/ouvrir-appel-a-projets.resolver';
import { OuvrirAppelAProjetsHandler } from './appel/ouvrir-appel-a-projets/ouvrir-appel-a-projets.handler';
import { PlanifierComiteResolver } from './appel/planifier-comite/planifier-comite.resolver';
import { PlanifierComiteHandler } from './appel/planifier-comite/planifier-comite.handler';
import { ArreterProgrammationResolver } from './comite/arreter-programmation/arreter-programmation.resolver';
import { ArreterProgrammationHandler } from './comite/arreter-programmation/arreter-programmation.handler';
import { CloreComiteResolver } from './comite/clore-comite/clore-comite.resolver';
import { CloreComiteHandler } from './comite/clore-comite/clore-comite.handler';
import { ComiteResolver, DecisionDeComiteResolver } from './comite/comite.resolver';
import { ConvoquerComiteResolver } from './comite/convoquer-comite/convoquer-comite.resolver';
import { ConvoquerComiteHandler } from './comite/convoquer-comite/convoquer-comite.handler';
import { CorrigerMembresComiteResolver } from './comite/corriger-membres-comite/corriger-membres-comite.resolver';
import { CorrigerMembresComiteHandler } from './comite/corriger-membres-comite/corriger-membres-comite.handler';
import { ConventionResolver, DossierDeConventionResolver } from './convention/convention.resolver';
import { EngagerTrancheResolver } from './convention/engager-tranche/engager-tranche.resolver';
import { EngagerTrancheHandler } from './convention/engager-tranche/engager-tranche.handler';
import { RattacherDossierAConventionResolver } from './convention/rattacher-dossier-a-convention/rattacher-dossier-a-convention.resolver';
import { RattacherDossierAConventionHandler } from './convention/rattacher-dossier-a-convention/rattacher-dossier-a-convention.handler';
import { SignerConventionResolver } from './convention/signer-convention/signer-convention.resolver';
import { SignerConventionHandler } from './convention/signer-convention/signer-convention.handler';
import { AbandonnerDossierResolver } from './dossier/abandonner-dossier/abandonner-dossier.resolver';
import { AbandonnerDossierHandler } from './dossier/abandonner-dossier/abandonner-dossier.handler';
import { AjournerDossierResolver } from './dossier/ajourner-dossier/ajourner-dossier.resolver';
import { AjournerDossierHandler } from './dossier/ajourner-dossier/ajourner-dossier.handler';
import { CorrigerMontantResolver } from './dossier/corriger-montant/corriger-montant.resolver';
import { CorrigerMontantHandler } from './dossier/corriger-montant/corriger-montant.handler';
import { DemanderFinancementResolver } from './dossier/demander-financement/demander-financement.resolver';
import { DemanderFinancementHandler } from './dossier/demander-financement/demander-financement.handler';
import { DemarrerActionResolver } from './dossier/demarrer-action/demarrer-action.resolver';
import { DemarrerActionHandler } from './dossier/demarrer-action/demarrer-action.handler';
import { DeposerBilanResolver } from './dossier/deposer-bilan/deposer-bilan.resolver';
import { DeposerBilanHandler } from './dossier/deposer-bilan/deposer-bilan.handler';
import { DeposerDossierResolver } from './dossier/deposer-dossier/deposer-dossier.resolver';
import { DeposerDossierHandler } from './dossier/deposer-dossier/deposer-dossier.handler';
import { DossierConnectionResolver, DossierResolver } from './dossier/dossier.resolver';
import { EmettreAvisResolver } from './dossier/emettre-avis/emettre-avis.resolver';
import { EmettreAvisHandler } from './dossier/emettre-avis/emettre-avis.handler';
import { EngagerFinancementResolver } from './dossier/engager-financement/engager-financement.resolver';
import { EngagerFinancementHandler } from './dossier/engager-financement/engager-financement.handler';
import { EnregistrerVersementResolver } from './dossier/enregistrer-versement/enregistrer-versement.resolver';
import { EnregistrerVersementHandler } from './dossier/enregistrer-versement/enregistrer-versement.handler';
import { JustifierFinancementResolver } from './dossier/justifier-financement/justifier-financement.resolver';
import { JustifierFinancementHandler } from './dossier/justifier-financement/justifier-financement.handler';
import { MettreEnInstructionResolver } from './dossier/mettre-en-instruction/mettre-en-instruction.resolver';
import { MettreEnInstructionHandler } from './dossier/mettre-en-instruction/mettre-en-instruction.handler';
import { MettreEnInstructionDossiersResolver } from './dossier/mettre-en-instruction-dossiers/mettre-en-instruction-dossiers.resolver';
import { MettreEnInstructionDossiersHandler } from './dossier/mettre-en-instruction-dossiers/mettre-en-instruction-dossiers.handler';
import { ModifierDossierResolver } from './dossier/modifier-dossier/modifier-dossier.resolver';
import { ModifierDossierHandler } from './dossier/modifier-dossier/modifier-dossier.handler';
import { NePasRetenirDossierResolver } from './dossier/ne-pas-retenir-dossier/ne-pas-retenir-dossier.resolver';
import { NePasRetenirDossierHandler } from './dossier/ne-pas-retenir-dossier/ne-pas-retenir-dossier.handler';
import { ProposerFinancementResolver } from './dossier/proposer-financement/proposer-financement.resolver';
import { ProposerFinancementHandler } from './dossier/proposer-financement/proposer-financement.handler';
import { RattacherASerieResolver } from './dossier/rattacher-a-serie/rattacher-a-serie.resolver';
import { RattacherASerieHandler } from './dossier/rattacher-a-serie/rattacher-a-serie.handler';
import { RefuserFinancementResolver } from './dossier/refuser-financement/refuser-financement.resolver';
import { RefuserFinancementHandler } from './dossier/refuser-financement/refuser-financement.handler';
import { RenseignerIndicateurResolver } from './dossier/renseigner-indicateur/renseigner-indicateur.resolver';
import { RenseignerIndicateurHandler } from './dossier/renseigner-indicateur/renseigner-indicateur.handler';
import { RetenirDossierResolver } from './dossier/retenir-dossier/retenir-dossier.resolver';
import { RetenirDossierHandler } from './dossier/retenir-dossier/retenir-dossier.handler';
import { RetirerDemandeFinancementResolver } from './dossier/retirer-demande-financement/retirer-demande-financement.resolver';
import { RetirerDemandeFinancementHandler } from './dossier/retirer-demande-financement/retirer-demande-financement.handler';
import { SolderDossierResolver } from './dossier/solder-dossier/solder-dossier.resolver';
import { SolderDossierHandler } from './dossier/solder-dossier/solder-dossier.handler';
import { VoterFinancementResolver } from './dossier/voter-financement/voter-financement.resolver';
import { VoterFinancementHandler } from './dossier/voter-financement/voter-financement.handler';
import { PIECES_CONTROLLERS, PIECES_PROVIDERS } from './pieces/pieces.providers';
import { ProgrammationExports } from './export/programmation-exports';
import { OpenDataController } from './scdl/publication/open-data.controller';
import { PublicationOpenData } from './scdl/publication/publication-open-data';
import { DefinirPublicationOpenDataHandler } from './scdl/definir-publication-open-data/definir-publication-open-data.handler';
import { DefinirPublicationOpenDataResolver } from './scdl/definir-publication-open-data/definir-publication-open-data.resolver';
import { ScdlResolver } from './scdl/scdl.resolver';
import { ImportProgrammationController } from './import/http/import-programmation.controller';
import { ImportProgrammationHttp } from './import/http/import-programmation.http';
import { ProgrammationImporter } from './import/programmation-importer';
import { EspacePorteurResolver } from './porteur/espace-porteur.resolver';
import { ProgrammationReadModelsModule } from './programmation-read-models.module';
import { ProgrammationResolver } from './programmation/programmation.resolver';
import { DefinirReglesFinancementResolver } from './regles/definir-regles-financement/definir-regles-financement.resolver';
import { DefinirReglesFinancementHandler } from './regles/definir-regles-financement/definir-regles-financement.handler';
import { ReglesFinancementResolver } from './regles/regles.resolver';
import { AccesEntites } from './shared/acces-entites.service';
import { EcrituresProgrammation } from './shared/ecritures-programmation.service';
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
  OuvrirAppelAProjetsHandler,
  FixerEnveloppeResolver,
  FixerEnveloppeHandler,
  PlanifierComiteResolver,
  PlanifierComiteHandler,
  CloreAppelAProjetsResolver,
  CloreAppelAProjetsHandler,
  ModifierDateClotureResolver,
  ModifierDateClotureHandler,
  CloturerExerciceResolver,
  CloturerExerciceHandler,
  DeposerDossierResolver,
  DeposerDossierHandler,
  ModifierDossierResolver,
  ModifierDossierHandler,
  RattacherASerieResolver,
  RattacherASerieHandler,
  DemanderFinancementResolver,
  DemanderFinancementHandler,
  RetirerDemandeFinancementResolver,
  RetirerDemandeFinancementHandler,
  MettreEnInstructionResolver,
  MettreEnInstructionHandler,
  MettreEnInstructionDossiersResolver,
  MettreEnInstructionDossiersHandler,
  EmettreAvisResolver,
  EmettreAvisHandler,
  ProposerFinancementResolver,
  ProposerFinancementHandler,
  VoterFinancementResolver,
  VoterFinancementHandler,
  RefuserFinancementResolver,
  RefuserFinancementHandler,
  RetenirDossierResolver,
  RetenirDossierHandler,
  NePasRetenirDossierResolver,
  NePasRetenirDossierHandler,
  AjournerDossierResolver,
  AjournerDossierHandler,
  AbandonnerDossierResolver,
  AbandonnerDossierHandler,
  DemarrerActionResolver,
  DemarrerActionHandler,
  EngagerFinancementResolver,
  EngagerFinancementHandler,
  EnregistrerVersementResolver,
  EnregistrerVersementHandler,
  DeposerBilanResolver,
  DeposerBilanHandler,
  RenseignerIndicateurResolver,
  RenseignerIndicateurHandler,
  JustifierFinancementResolver,
  JustifierFinancementHandler,
  SolderDossierResolver,
  SolderDossierHandler,
  CorrigerMontantResolver,
  CorrigerMontantHandler,
  ConvoquerComiteResolver,
  ConvoquerComiteHandler,
  CorrigerMembresComiteResolver,
  CorrigerMembresComiteHandler,
  ArreterProgrammationResolver,
  ArreterProgrammationHandler,
  CloreComiteResolver,
  CloreComiteHandler,
  SignerConventionResolver,
  SignerConventionHandler,
  RattacherDossierAConventionResolver,
  RattacherDossierAConventionHandler,
  EngagerTrancheResolver,
  EngagerTrancheHandler,
  DefinirReglesFinancementResolver,
  DefinirReglesFinancementHandler,
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
    EcrituresProgrammation,
    ReferentielProgrammation,
    AccesEntites,
    ProgrammationImporter,
    ImportProgrammationHttp,
    ProgrammationExports,
    PublicationOpenData,
    ScdlResolver,
    DefinirPublicationOpenDataResolver,
    DefinirPublicationOpenDataHandler,
    ...QUERIES,
    ...MUTATIONS,
    ...PIECES_PROVIDERS,
  ],
})
export class ProgrammationModule {}
