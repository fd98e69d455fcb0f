import { Module } from '@nestjs/common';
import { AjouterObjectifResolver } from './cadre/ajouter-objectif/ajouter-objectif.resolver';
import { AjouterObjectifHandler } from './cadre/ajouter-objectif/ajouter-objectif.handler';
import { CadreStrategiqueResolver } from './cadre/cadre.resolver';
import { DeclarerCorrespondanceResolver } from './cadre/declarer-correspondance/declarer-correspondance.resolver';
import { DeclarerCorrespondanceHandler } from './cadre/declarer-correspondance/declarer-correspondance.handler';
import { DefinirCadreStrategiqueResolver } from './cadre/definir-cadre-strategique/definir-cadre-strategique.resolver';
import { DefinirCadreStrategiqueHandler } from './cadre/definir-cadre-strategique/definir-cadre-strategique.handler';
import { DefinirLibelleAfficheResolver } from './cadre/definir-libelle-affiche/definir-libelle-affiche.resolver';
import { DefinirLibelleAfficheHandler } from './cadre/definir-libelle-affiche/definir-libelle-affiche.handler';
import { ChiffresDeclaresResolver } from './chiffres/chiffres.resolver';
import { CorrigerChiffreResolver } from './chiffres/corriger-chiffre/corriger-chiffre.resolver';
import { CorrigerChiffreHandler } from './chiffres/corriger-chiffre/corriger-chiffre.handler';
import { DeclarerChiffreResolver } from './chiffres/declarer-chiffre/declarer-chiffre.resolver';
import { DeclarerChiffreHandler } from './chiffres/declarer-chiffre/declarer-chiffre.handler';
import { AjouterSignataireResolver } from './contrat/ajouter-signataire/ajouter-signataire.resolver';
import { AjouterSignataireHandler } from './contrat/ajouter-signataire/ajouter-signataire.handler';
import { AnnexerDocumentContratResolver } from './contrat/annexer-document-contrat/annexer-document-contrat.resolver';
import { AnnexerDocumentContratHandler } from './contrat/annexer-document-contrat/annexer-document-contrat.handler';
import { ConclureConventionOperationnelleResolver } from './contrat/conclure-convention-operationnelle/conclure-convention-operationnelle.resolver';
import { ConclureConventionOperationnelleHandler } from './contrat/conclure-convention-operationnelle/conclure-convention-operationnelle.handler';
import { EnregistrerAvenantResolver } from './contrat/enregistrer-avenant/enregistrer-avenant.resolver';
import { EnregistrerAvenantHandler } from './contrat/enregistrer-avenant/enregistrer-avenant.handler';
import { EnregistrerContratResolver } from './contrat/enregistrer-contrat/enregistrer-contrat.resolver';
import { EnregistrerContratHandler } from './contrat/enregistrer-contrat/enregistrer-contrat.handler';
import { ProrogerContratResolver } from './contrat/proroger-contrat/proroger-contrat.resolver';
import { ProrogerContratHandler } from './contrat/proroger-contrat/proroger-contrat.handler';
import { SignerAvenantResolver } from './contrat/signer-avenant/signer-avenant.resolver';
import { SignerAvenantHandler } from './contrat/signer-avenant/signer-avenant.handler';
import { SignerContratResolver } from './contrat/signer-contrat/signer-contrat.resolver';
import { SignerContratHandler } from './contrat/signer-contrat/signer-contrat.handler';
import { ChangerStatutEngagementResolver } from './engagement/changer-statut-engagement/changer-statut-engagement.resolver';
import { ChangerStatutEngagementHandler } from './engagement/changer-statut-engagement/changer-statut-engagement.handler';
import { EngagementResolver, EngagementResponsableResolver } from './engagement/engagement.resolver';
import { FixerCibleIndicateurResolver } from './engagement/fixer-cible-indicateur/fixer-cible-indicateur.resolver';
import { FixerCibleIndicateurHandler } from './engagement/fixer-cible-indicateur/fixer-cible-indicateur.handler';
import { PrendreEngagementResolver } from './engagement/prendre-engagement/prendre-engagement.resolver';
import { PrendreEngagementHandler } from './engagement/prendre-engagement/prendre-engagement.handler';
import { RattacherIndicateurEngagementResolver } from './engagement/rattacher-indicateur-engagement/rattacher-indicateur-engagement.resolver';
import { RattacherIndicateurEngagementHandler } from './engagement/rattacher-indicateur-engagement/rattacher-indicateur-engagement.handler';
import { DefinirIndicateurResolver } from './indicateur/definir-indicateur/definir-indicateur.resolver';
import { DefinirIndicateurHandler } from './indicateur/definir-indicateur/definir-indicateur.handler';
import { IndicateurResolver, IndicateurVentilationResolver } from './indicateur/indicateur.resolver';
import { RattacherIndicateurObjectifResolver } from './indicateur/rattacher-indicateur-objectif/rattacher-indicateur-objectif.resolver';
import { RattacherIndicateurObjectifHandler } from './indicateur/rattacher-indicateur-objectif/rattacher-indicateur-objectif.handler';
import { RenseignerValeurIndicateurResolver } from './indicateur/renseigner-valeur-indicateur/renseigner-valeur-indicateur.resolver';
import { RenseignerValeurIndicateurHandler } from './indicateur/renseigner-valeur-indicateur/renseigner-valeur-indicateur.handler';
import { AjouterAliasPartenaireResolver } from './partenaire/ajouter-alias-partenaire/ajouter-alias-partenaire.resolver';
import { AjouterAliasPartenaireHandler } from './partenaire/ajouter-alias-partenaire/ajouter-alias-partenaire.handler';
import { ChangerRolesPartenaireResolver } from './partenaire/changer-roles-partenaire/changer-roles-partenaire.resolver';
import { ChangerRolesPartenaireHandler } from './partenaire/changer-roles-partenaire/changer-roles-partenaire.handler';
import { DesignerAssociationPorteuseResolver } from './partenaire/designer-association-porteuse/designer-association-porteuse.resolver';
import { DesignerAssociationPorteuseHandler } from './partenaire/designer-association-porteuse/designer-association-porteuse.handler';
import { EnregistrerPartenaireResolver } from './partenaire/enregistrer-partenaire/enregistrer-partenaire.resolver';
import { EnregistrerPartenaireHandler } from './partenaire/enregistrer-partenaire/enregistrer-partenaire.handler';
import { PartenaireResolver } from './partenaire/partenaire.resolver';
import { RenommerPartenaireResolver } from './partenaire/renommer-partenaire/renommer-partenaire.resolver';
import { RenommerPartenaireHandler } from './partenaire/renommer-partenaire/renommer-partenaire.handler';
import { RenseignerIdentifiantsPartenaireResolver } from './partenaire/renseigner-identifiants-partenaire/renseigner-identifiants-partenaire.resolver';
import { RenseignerIdentifiantsPartenaireHandler } from './partenaire/renseigner-identifiants-partenaire/renseigner-identifiants-partenaire.handler';
import { AjouterAliasQpvResolver } from './qpv/ajouter-alias-qpv/ajouter-alias-qpv.resolver';
import { AjouterAliasQpvHandler } from './qpv/ajouter-alias-qpv/ajouter-alias-qpv.handler';
import { AttribuerCodeQpvResolver } from './qpv/attribuer-code-qpv/attribuer-code-qpv.resolver';
import { AttribuerCodeQpvHandler } from './qpv/attribuer-code-qpv/attribuer-code-qpv.handler';
import { DeclarerQpvResolver } from './qpv/declarer-qpv/declarer-qpv.resolver';
import { DeclarerQpvHandler } from './qpv/declarer-qpv/declarer-qpv.handler';
import { DetacherCommuneQpvResolver } from './qpv/detacher-commune-qpv/detacher-commune-qpv.resolver';
import { DetacherCommuneQpvHandler } from './qpv/detacher-commune-qpv/detacher-commune-qpv.handler';
import { EnregistrerStatistiqueQpvResolver } from './qpv/enregistrer-statistique-qpv/enregistrer-statistique-qpv.resolver';
import { EnregistrerStatistiqueQpvHandler } from './qpv/enregistrer-statistique-qpv/enregistrer-statistique-qpv.handler';
import { QpvResolver } from './qpv/qpv.resolver';
import { RattacherCommuneQpvResolver } from './qpv/rattacher-commune-qpv/rattacher-commune-qpv.resolver';
import { RattacherCommuneQpvHandler } from './qpv/rattacher-commune-qpv/rattacher-commune-qpv.handler';
import { RemplacerQpvResolver } from './qpv/remplacer-qpv/remplacer-qpv.resolver';
import { RemplacerQpvHandler } from './qpv/remplacer-qpv/remplacer-qpv.handler';
import { RenommerQpvResolver } from './qpv/renommer-qpv/renommer-qpv.resolver';
import { RenommerQpvHandler } from './qpv/renommer-qpv/renommer-qpv.handler';
import { RetirerQpvResolver } from './qpv/retirer-qpv/retirer-qpv.resolver';
import { RetirerQpvHandler } from './qpv/retirer-qpv/retirer-qpv.handler';
import { AjouterAliasCommuneResolver } from './territoire/ajouter-alias-commune/ajouter-alias-commune.resolver';
import { AjouterAliasCommuneHandler } from './territoire/ajouter-alias-commune/ajouter-alias-commune.handler';
import { AttribuerCodeInseeCommuneResolver } from './territoire/attribuer-code-insee-commune/attribuer-code-insee-commune.resolver';
import { AttribuerCodeInseeCommuneHandler } from './territoire/attribuer-code-insee-commune/attribuer-code-insee-commune.handler';
import { AttribuerSirenTerritoireResolver } from './territoire/attribuer-siren-territoire/attribuer-siren-territoire.resolver';
import { AttribuerSirenTerritoireHandler } from './territoire/attribuer-siren-territoire/attribuer-siren-territoire.handler';
import { ChangerNatureTerritoireResolver } from './territoire/changer-nature-territoire/changer-nature-territoire.resolver';
import { ChangerNatureTerritoireHandler } from './territoire/changer-nature-territoire/changer-nature-territoire.handler';
import { DeclarerPredecesseurResolver } from './territoire/declarer-predecesseur/declarer-predecesseur.resolver';
import { DeclarerPredecesseurHandler } from './territoire/declarer-predecesseur/declarer-predecesseur.handler';
import { DetacherCommuneResolver } from './territoire/detacher-commune/detacher-commune.resolver';
import { DetacherCommuneHandler } from './territoire/detacher-commune/detacher-commune.handler';
import { EnregistrerStatistiqueTerritoireResolver } from './territoire/enregistrer-statistique-territoire/enregistrer-statistique-territoire.resolver';
import { EnregistrerStatistiqueTerritoireHandler } from './territoire/enregistrer-statistique-territoire/enregistrer-statistique-territoire.handler';
import { EspacesDeTravailResolver } from './territoire/espaces-de-travail.resolver';
import { OuvrirEspaceDeTravailResolver } from './territoire/ouvrir-espace-de-travail/ouvrir-espace-de-travail.resolver';
import { OuvrirEspaceDeTravailHandler } from './territoire/ouvrir-espace-de-travail/ouvrir-espace-de-travail.handler';
import { OuvrirTerritoireResolver } from './territoire/ouvrir-territoire/ouvrir-territoire.resolver';
import { OuvrirTerritoireHandler } from './territoire/ouvrir-territoire/ouvrir-territoire.handler';
import { RattacherCommuneResolver } from './territoire/rattacher-commune/rattacher-commune.resolver';
import { RattacherCommuneHandler } from './territoire/rattacher-commune/rattacher-commune.handler';
import { RenommerTerritoireResolver } from './territoire/renommer-territoire/renommer-territoire.resolver';
import { RenommerTerritoireHandler } from './territoire/renommer-territoire/renommer-territoire.handler';
import { TerritoireResolver } from './territoire/territoire.resolver';
import { QpvImporter } from './import/qpv-importer';

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
  AjouterObjectifHandler,
  DeclarerCorrespondanceResolver,
  DeclarerCorrespondanceHandler,
  DefinirCadreStrategiqueResolver,
  DefinirCadreStrategiqueHandler,
  DefinirLibelleAfficheResolver,
  DefinirLibelleAfficheHandler,
  CorrigerChiffreResolver,
  CorrigerChiffreHandler,
  DeclarerChiffreResolver,
  DeclarerChiffreHandler,
  AjouterSignataireResolver,
  AjouterSignataireHandler,
  AnnexerDocumentContratResolver,
  AnnexerDocumentContratHandler,
  ConclureConventionOperationnelleResolver,
  ConclureConventionOperationnelleHandler,
  EnregistrerAvenantResolver,
  EnregistrerAvenantHandler,
  EnregistrerContratResolver,
  EnregistrerContratHandler,
  ProrogerContratResolver,
  ProrogerContratHandler,
  SignerAvenantResolver,
  SignerAvenantHandler,
  SignerContratResolver,
  SignerContratHandler,
  ChangerStatutEngagementResolver,
  ChangerStatutEngagementHandler,
  FixerCibleIndicateurResolver,
  FixerCibleIndicateurHandler,
  PrendreEngagementResolver,
  PrendreEngagementHandler,
  RattacherIndicateurEngagementResolver,
  RattacherIndicateurEngagementHandler,
  DefinirIndicateurResolver,
  DefinirIndicateurHandler,
  RattacherIndicateurObjectifResolver,
  RattacherIndicateurObjectifHandler,
  RenseignerValeurIndicateurResolver,
  RenseignerValeurIndicateurHandler,
  AjouterAliasPartenaireResolver,
  AjouterAliasPartenaireHandler,
  ChangerRolesPartenaireResolver,
  ChangerRolesPartenaireHandler,
  DesignerAssociationPorteuseResolver,
  DesignerAssociationPorteuseHandler,
  EnregistrerPartenaireResolver,
  EnregistrerPartenaireHandler,
  RenommerPartenaireResolver,
  RenommerPartenaireHandler,
  RenseignerIdentifiantsPartenaireResolver,
  RenseignerIdentifiantsPartenaireHandler,
  AjouterAliasQpvResolver,
  AjouterAliasQpvHandler,
  AttribuerCodeQpvResolver,
  AttribuerCodeQpvHandler,
  DeclarerQpvResolver,
  DeclarerQpvHandler,
  DetacherCommuneQpvResolver,
  DetacherCommuneQpvHandler,
  EnregistrerStatistiqueQpvResolver,
  EnregistrerStatistiqueQpvHandler,
  RattacherCommuneQpvResolver,
  RattacherCommuneQpvHandler,
  RemplacerQpvResolver,
  RemplacerQpvHandler,
  RenommerQpvResolver,
  RenommerQpvHandler,
  RetirerQpvResolver,
  RetirerQpvHandler,
  AjouterAliasCommuneResolver,
  AjouterAliasCommuneHandler,
  AttribuerCodeInseeCommuneResolver,
  AttribuerCodeInseeCommuneHandler,
  AttribuerSirenTerritoireResolver,
  AttribuerSirenTerritoireHandler,
  ChangerNatureTerritoireResolver,
  ChangerNatureTerritoireHandler,
  DeclarerPredecesseurResolver,
  DeclarerPredecesseurHandler,
  DetacherCommuneResolver,
  DetacherCommuneHandler,
  EnregistrerStatistiqueTerritoireResolver,
  EnregistrerStatistiqueTerritoireHandler,
  OuvrirTerritoireResolver,
  OuvrirTerritoireHandler,
  OuvrirEspaceDeTravailResolver,
  OuvrirEspaceDeTravailHandler,
  RattacherCommuneResolver,
  RattacherCommuneHandler,
  RenommerTerritoireResolver,
  RenommerTerritoireHandler,
];

/**
 * The territoire context's GraphQL API: queries over its read models, one mutation per command of the
 * référentiel, and the services that load it (fixture seeds, national QPV list).
 */
@Module({
  imports: [TerritoireReadModelsModule],
  // the national QPV list's import beside /graphql (POST /imports/qpv)
  controllers: [ImportQpvController],
  providers: [LecturesTerritoire, ...QUERIES, ...USE_CASES, QpvImporter, ImportQpvHttp],
  exports: [QpvImporter],
})
export class TerritoireModule {}
