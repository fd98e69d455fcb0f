import { Module } from '@nestjs/common';
import { AjouterObjectifResolver } from './cadre/ajouter-objectif/ajouter-objectif.resolver';
import { CadreStrategiqueResolver } from './cadre/cadre.resolver';
import { DeclarerCorrespondanceResolver } from './cadre/declarer-correspondance/declarer-correspondance.resolver';
import { DefinirCadreStrategiqueResolver } from './cadre/definir-cadre-strategique/definir-cadre-strategique.resolver';
import { DefinirLibelleAfficheResolver } from './cadre/definir-libelle-affiche/definir-libelle-affiche.resolver';
import { ChiffresDeclaresResolver } from './chiffres/chiffres.resolver';
import { CorrigerChiffreResolver } from './chiffres/corriger-chiffre/corriger-chiffre.resolver';
import { DeclarerChiffreResolver } from './chiffres/declarer-chiffre/declarer-chiffre.resolver';
import { AjouterSignataireResolver } from './contrat/ajouter-signataire/ajouter-signataire.resolver';
import { AnnexerDocumentContratResolver } from './contrat/annexer-document-contrat/annexer-document-contrat.resolver';
import { ConclureConventionOperationnelleResolver } from './contrat/conclure-convention-operationnelle/conclure-convention-operationnelle.resolver';
import { EnregistrerAvenantResolver } from './contrat/enregistrer-avenant/enregistrer-avenant.resolver';
import { EnregistrerContratResolver } from './contrat/enregistrer-contrat/enregistrer-contrat.resolver';
import { ProrogerContratResolver } from './contrat/proroger-contrat/proroger-contrat.resolver';
import { SignerAvenantResolver } from './contrat/signer-avenant/signer-avenant.resolver';
import { SignerContratResolver } from './contrat/signer-contrat/signer-contrat.resolver';
import { ChangerStatutEngagementResolver } from './engagement/changer-statut-engagement/changer-statut-engagement.resolver';
import { EngagementResolver, EngagementResponsableResolver } from './engagement/engagement.resolver';
import { FixerCibleIndicateurResolver } from './engagement/fixer-cible-indicateur/fixer-cible-indicateur.resolver';
import { PrendreEngagementResolver } from './engagement/prendre-engagement/prendre-engagement.resolver';
import { RattacherIndicateurEngagementResolver } from './engagement/rattacher-indicateur-engagement/rattacher-indicateur-engagement.resolver';
import { DefinirIndicateurResolver } from './indicateur/definir-indicateur/definir-indicateur.resolver';
import { IndicateurResolver, IndicateurVentilationResolver } from './indicateur/indicateur.resolver';
import { RattacherIndicateurObjectifResolver } from './indicateur/rattacher-indicateur-objectif/rattacher-indicateur-objectif.resolver';
import { RenseignerValeurIndicateurResolver } from './indicateur/renseigner-valeur-indicateur/renseigner-valeur-indicateur.resolver';
import { AjouterAliasPartenaireResolver } from './partenaire/ajouter-alias-partenaire/ajouter-alias-partenaire.resolver';
import { ChangerRolesPartenaireResolver } from './partenaire/changer-roles-partenaire/changer-roles-partenaire.resolver';
import { DesignerAssociationPorteuseResolver } from './partenaire/designer-association-porteuse/designer-association-porteuse.resolver';
import { EnregistrerPartenaireResolver } from './partenaire/enregistrer-partenaire/enregistrer-partenaire.resolver';
import { PartenaireResolver } from './partenaire/partenaire.resolver';
import { RenommerPartenaireResolver } from './partenaire/renommer-partenaire/renommer-partenaire.resolver';
import { RenseignerIdentifiantsPartenaireResolver } from './partenaire/renseigner-identifiants-partenaire/renseigner-identifiants-partenaire.resolver';
import { AjouterAliasQpvResolver } from './qpv/ajouter-alias-qpv/ajouter-alias-qpv.resolver';
import { AttribuerCodeQpvResolver } from './qpv/attribuer-code-qpv/attribuer-code-qpv.resolver';
import { DeclarerQpvResolver } from './qpv/declarer-qpv/declarer-qpv.resolver';
import { DetacherCommuneQpvResolver } from './qpv/detacher-commune-qpv/detacher-commune-qpv.resolver';
import { EnregistrerStatistiqueQpvResolver } from './qpv/enregistrer-statistique-qpv/enregistrer-statistique-qpv.resolver';
import { QpvResolver } from './qpv/qpv.resolver';
import { RattacherCommuneQpvResolver } from './qpv/rattacher-commune-qpv/rattacher-commune-qpv.resolver';
import { RemplacerQpvResolver } from './qpv/remplacer-qpv/remplacer-qpv.resolver';
import { RenommerQpvResolver } from './qpv/renommer-qpv/renommer-qpv.resolver';
import { RetirerQpvResolver } from './qpv/retirer-qpv/retirer-qpv.resolver';
import { AjouterAliasCommuneResolver } from './territoire/ajouter-alias-commune/ajouter-alias-commune.resolver';
import { AttribuerCodeInseeCommuneResolver } from './territoire/attribuer-code-insee-commune/attribuer-code-insee-commune.resolver';
import { AttribuerSirenTerritoireResolver } from './territoire/attribuer-siren-territoire/attribuer-siren-territoire.resolver';
import { ChangerNatureTerritoireResolver } from './territoire/changer-nature-territoire/changer-nature-territoire.resolver';
import { DeclarerPredecesseurResolver } from './territoire/declarer-predecesseur/declarer-predecesseur.resolver';
import { DetacherCommuneResolver } from './territoire/detacher-commune/detacher-commune.resolver';
import { EnregistrerStatistiqueTerritoireResolver } from './territoire/enregistrer-statistique-territoire/enregistrer-statistique-territoire.resolver';
import { EspacesDeTravailResolver } from './territoire/espaces-de-travail.resolver';
import { OuvrirEspaceDeTravailResolver } from './territoire/ouvrir-espace-de-travail/ouvrir-espace-de-travail.resolver';
import { OuvrirTerritoireResolver } from './territoire/ouvrir-territoire/ouvrir-territoire.resolver';
import { RattacherCommuneResolver } from './territoire/rattacher-commune/rattacher-commune.resolver';
import { RenommerTerritoireResolver } from './territoire/renommer-territoire/renommer-territoire.resolver';
import { TerritoireResolver } from './territoire/territoire.resolver';
import { QpvImporter } from './import/qpv-importer';
import { TerritoireSeeder } from './seed/territoire-seeder';
import { LecturesTerritoire } from './shared/lecture';
import { ImportQpvController } from './import/http/import-qpv.controller';
import { ImportQpvHttp } from './import/http/import-qpv.http';
import { TerritoireReadModelsModule } from './territoire-read-models.module';

/** Query resolvers of the context's read models (with their nested fields). */
const QUERIES = [
  CadreStrategiqueResolver,
  ChiffresDeclaresResolver,
  EngagementResolver,
  EngagementResponsableResolver,
  IndicateurResolver,
  IndicateurVentilationResolver,
  PartenaireResolver,
  QpvResolver,
  TerritoireResolver,
  EspacesDeTravailResolver,
];

/** One resolver per use case (command), each in its own folder. */
const USE_CASES = [
  AjouterObjectifResolver,
  DeclarerCorrespondanceResolver,
  DefinirCadreStrategiqueResolver,
  DefinirLibelleAfficheResolver,
  CorrigerChiffreResolver,
  DeclarerChiffreResolver,
  AjouterSignataireResolver,
  AnnexerDocumentContratResolver,
  ConclureConventionOperationnelleResolver,
  EnregistrerAvenantResolver,
  EnregistrerContratResolver,
  ProrogerContratResolver,
  SignerAvenantResolver,
  SignerContratResolver,
  ChangerStatutEngagementResolver,
  FixerCibleIndicateurResolver,
  PrendreEngagementResolver,
  RattacherIndicateurEngagementResolver,
  DefinirIndicateurResolver,
  RattacherIndicateurObjectifResolver,
  RenseignerValeurIndicateurResolver,
  AjouterAliasPartenaireResolver,
  ChangerRolesPartenaireResolver,
  DesignerAssociationPorteuseResolver,
  EnregistrerPartenaireResolver,
  RenommerPartenaireResolver,
  RenseignerIdentifiantsPartenaireResolver,
  AjouterAliasQpvResolver,
  AttribuerCodeQpvResolver,
  DeclarerQpvResolver,
  DetacherCommuneQpvResolver,
  EnregistrerStatistiqueQpvResolver,
  RattacherCommuneQpvResolver,
  RemplacerQpvResolver,
  RenommerQpvResolver,
  RetirerQpvResolver,
  AjouterAliasCommuneResolver,
  AttribuerCodeInseeCommuneResolver,
  AttribuerSirenTerritoireResolver,
  ChangerNatureTerritoireResolver,
  DeclarerPredecesseurResolver,
  DetacherCommuneResolver,
  EnregistrerStatistiqueTerritoireResolver,
  OuvrirTerritoireResolver,
  OuvrirEspaceDeTravailResolver,
  RattacherCommuneResolver,
  RenommerTerritoireResolver,
];

/**
 * The territoire context's GraphQL API: queries over its read models, one mutation per command of the
 * référentiel, and the services that load it (fixture seeds, national QPV list).
 */
@Module({
  imports: [TerritoireReadModelsModule],
  // the national QPV list's import beside /graphql (POST /imports/qpv)
  controllers: [ImportQpvController],
  providers: [LecturesTerritoire, ...QUERIES, ...USE_CASES, TerritoireSeeder, QpvImporter, ImportQpvHttp],
  exports: [TerritoireSeeder, QpvImporter],
})
export class TerritoireModule {}
