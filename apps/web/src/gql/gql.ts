/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Moi {\n    moi {\n      userId\n      tenantId\n      roles\n      organisationId\n      workspaces\n      operateurPlateforme\n    }\n  }\n": typeof types.MoiDocument,
    "\n  query Comite($annee: Int!, $asOf: DateTime) {\n    comites(annee: $annee, asOf: $asOf) {\n      id\n      libelle\n      date\n      statut\n      totalVote\n      decisions {\n        dossierId\n        titre\n        porteurNom\n        decision\n        motif\n      }\n    }\n    dossiers(filter: { annee: $annee, statut: [en_instruction] }, first: 200, asOf: $asOf) {\n      edges {\n        node {\n          id\n          titre\n          porteur {\n            nom\n          }\n          lignes {\n            id\n            financeurNom\n            nature\n            statut\n            demande\n            propose\n          }\n        }\n      }\n    }\n  }\n": typeof types.ComiteDocument,
    "\n  mutation ArreterProgrammation($input: ArreterProgrammationInput!) {\n    arreterProgrammation(input: $input) {\n      eventsAppended\n      effets {\n        dossierId\n        commande\n        ok\n        code\n        message\n      }\n    }\n  }\n": typeof types.ArreterProgrammationDocument,
    "\n  mutation CloreComite($input: CloreComiteInput!) {\n    cloreComite(input: $input) {\n      revision\n    }\n  }\n": typeof types.CloreComiteDocument,
    "\n  query OrganisationsConnexion($role: PartenaireRole!) {\n    partenaires(filter: { role: $role }, first: 200) {\n      edges {\n        node {\n          id\n          nom\n        }\n      }\n    }\n  }\n": typeof types.OrganisationsConnexionDocument,
    "\n  query Dossier($id: String!, $asOf: DateTime) {\n    dossier(id: $id, asOf: $asOf) {\n      id\n      annee\n      titre\n      description\n      statut\n      decision\n      revision\n      referenceExterne\n      porteur {\n        id\n        nom\n        kind\n      }\n      coutTotal\n      depensesEligibles\n      nombreActions\n      dateDebut\n      dateFin\n      deposeLe\n      modifieLe\n      depotTardif\n      publics\n      intercommunal\n      pilier {\n        libelle\n      }\n      orientation {\n        libelle\n      }\n      objectif {\n        libelle\n      }\n      thematique {\n        libelle\n      }\n      communes {\n        insee\n        nom\n      }\n      qpv {\n        code\n        nom\n      }\n      serie {\n        id\n        rang\n      }\n      lignes {\n        id\n        financeurId\n        financeurNom\n        categorie\n        nature\n        statut\n        demande\n        propose\n        vote\n        engage\n        verse\n        justifie\n        numeroEngagementJuridique\n        avertissements {\n          message\n        }\n      }\n      totaux {\n        demande\n        vote\n        engage\n        verse\n        justifie\n      }\n      avis {\n        auteurNom\n        avis\n        commentaire\n        ligneId\n        emisLe\n      }\n      decisions {\n        type\n        comiteId\n        motif\n        anneeReport\n        le\n      }\n      convention {\n        conventionId\n        typeConvention\n        numeroEngagementJuridique\n      }\n      versements {\n        versementId\n        ligneId\n        type\n        montant\n        date\n      }\n      bilan {\n        coutRealise\n        recit\n        deposeLe\n        beneficiaires {\n          total\n          femmes\n          hommes\n          residentsQpv\n        }\n      }\n      corrections {\n        ligneId\n        etape\n        avant\n        apres\n        reason\n        corrigeLe\n      }\n      commandesPermises {\n        mutation\n        ligneId\n        raisonRequise\n      }\n    }\n  }\n": typeof types.DossierDocument,
    "\n  query ChangementsDepuis($id: String!) {\n    dossier(id: $id) {\n      revision\n      historique {\n        revision\n        type\n        recordedAt\n        reason\n        actor {\n          role\n          organisationId\n        }\n      }\n    }\n  }\n": typeof types.ChangementsDepuisDocument,
    "\n  mutation VoterFinancement($input: VoterFinancementInput!) {\n    voterFinancement(input: $input) {\n      revision\n    }\n  }\n": typeof types.VoterFinancementDocument,
    "\n  mutation RefuserFinancement($input: RefuserFinancementInput!) {\n    refuserFinancement(input: $input) {\n      revision\n    }\n  }\n": typeof types.RefuserFinancementDocument,
    "\n  mutation ProposerFinancement($input: ProposerFinancementInput!) {\n    proposerFinancement(input: $input) {\n      revision\n    }\n  }\n": typeof types.ProposerFinancementDocument,
    "\n  mutation EngagerFinancement($input: EngagerFinancementInput!) {\n    engagerFinancement(input: $input) {\n      revision\n    }\n  }\n": typeof types.EngagerFinancementDocument,
    "\n  mutation EnregistrerVersement($input: EnregistrerVersementInput!) {\n    enregistrerVersement(input: $input) {\n      revision\n    }\n  }\n": typeof types.EnregistrerVersementDocument,
    "\n  mutation JustifierFinancement($input: JustifierFinancementInput!) {\n    justifierFinancement(input: $input) {\n      revision\n    }\n  }\n": typeof types.JustifierFinancementDocument,
    "\n  mutation CorrigerMontant($input: CorrigerMontantInput!) {\n    corrigerMontant(input: $input) {\n      revision\n    }\n  }\n": typeof types.CorrigerMontantDocument,
    "\n  mutation EmettreAvis($input: EmettreAvisInput!) {\n    emettreAvis(input: $input) {\n      revision\n    }\n  }\n": typeof types.EmettreAvisDocument,
    "\n  mutation MettreEnInstruction($input: MettreEnInstructionInput!) {\n    mettreEnInstruction(input: $input) {\n      revision\n    }\n  }\n": typeof types.MettreEnInstructionDocument,
    "\n  mutation RetenirDossier($input: RetenirDossierInput!) {\n    retenirDossier(input: $input) {\n      revision\n    }\n  }\n": typeof types.RetenirDossierDocument,
    "\n  mutation NePasRetenirDossier($input: NePasRetenirDossierInput!) {\n    nePasRetenirDossier(input: $input) {\n      revision\n    }\n  }\n": typeof types.NePasRetenirDossierDocument,
    "\n  mutation AjournerDossier($input: AjournerDossierInput!) {\n    ajournerDossier(input: $input) {\n      revision\n    }\n  }\n": typeof types.AjournerDossierDocument,
    "\n  mutation AbandonnerDossier($input: AbandonnerDossierInput!) {\n    abandonnerDossier(input: $input) {\n      revision\n    }\n  }\n": typeof types.AbandonnerDossierDocument,
    "\n  mutation DemarrerAction($input: DemarrerActionInput!) {\n    demarrerAction(input: $input) {\n      revision\n    }\n  }\n": typeof types.DemarrerActionDocument,
    "\n  mutation SolderDossier($input: SolderDossierInput!) {\n    solderDossier(input: $input) {\n      revision\n    }\n  }\n": typeof types.SolderDossierDocument,
    "\n  query Dossiers($filter: DossiersFilter, $first: Int, $after: String, $tri: DossierTri, $asOf: DateTime, $annee: Int!) {\n    dossiers(filter: $filter, first: $first, after: $after, tri: $tri, asOf: $asOf) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totaux {\n        coutTotal\n        demande\n        vote\n        engage\n        verse\n      }\n      edges {\n        node {\n          id\n          titre\n          statut\n          revision\n          referenceExterne\n          porteur {\n            nom\n          }\n          pilier {\n            libelle\n          }\n          qpv {\n            nom\n          }\n          coutTotal\n          totaux {\n            demande\n            vote\n          }\n        }\n      }\n    }\n    programmation(annee: $annee, asOf: $asOf) {\n      parPilier {\n        cle\n        libelle\n      }\n      parThematique {\n        cle\n        libelle\n      }\n      parQpv {\n        cle\n        libelle\n      }\n    }\n    territoire(asOf: $asOf) {\n      communes {\n        codeInsee\n        nom\n      }\n    }\n    porteurs: partenaires(filter: { role: porteur }, first: 200, asOf: $asOf) {\n      edges {\n        node {\n          id\n          nom\n        }\n      }\n    }\n    financeurs: partenaires(filter: { role: financeur }, first: 200, asOf: $asOf) {\n      edges {\n        node {\n          id\n          nom\n        }\n      }\n    }\n  }\n": typeof types.DossiersDocument,
    "\n  mutation MettreEnInstructionDossiers($input: MettreEnInstructionDossiersInput!) {\n    mettreEnInstructionDossiers(input: $input) {\n      resultats {\n        dossierId\n        ok\n        revision\n        code\n        message\n      }\n    }\n  }\n": typeof types.MettreEnInstructionDossiersDocument,
    "\n  query EspacesDeTravail {\n    espacesDeTravail {\n      id\n      nom\n      siren\n      nature\n      communes\n      ouvert\n    }\n  }\n": typeof types.EspacesDeTravailDocument,
    "\n  mutation OuvrirEspaceDeTravail($input: OuvrirEspaceDeTravailInput!) {\n    ouvrirEspaceDeTravail(input: $input) {\n      id\n      eventsAppended\n    }\n  }\n": typeof types.OuvrirEspaceDeTravailDocument,
    "\n  query HistoriqueDossier($streamId: String!, $id: String!, $asOf: DateTime) {\n    dossier(id: $id, asOf: $asOf) {\n      titre\n    }\n    historique(streamId: $streamId, asOf: $asOf) {\n      eventId\n      libelle\n      type\n      revision\n      position\n      enregistreLe\n      effectifLe\n      motif\n      source\n      acteur {\n        userId\n        role\n        organisationId\n      }\n      changements {\n        chemin\n        nature\n        avant\n        apres\n      }\n    }\n  }\n": typeof types.HistoriqueDossierDocument,
    "\n  mutation EnregistrerPorteurImport($input: EnregistrerPartenaireInput!) {\n    enregistrerPartenaire(input: $input) {\n      id\n    }\n  }\n": typeof types.EnregistrerPorteurImportDocument,
    "\n  query Financeurs($annee: Int!, $financeur: String, $asOf: DateTime) {\n    lignesFinancement(annee: $annee, financeur: $financeur, asOf: $asOf) {\n      financeurId\n      financeurNom\n      lignes\n      lignesVotees\n      lignesRefusees\n      dossiers\n      demande\n      propose\n      vote\n      engage\n      verse\n      justifie\n      enveloppe\n      consomme\n      disponible\n      depassement\n    }\n  }\n": typeof types.FinanceursDocument,
    "\n  query ReferentielAppels($asOf: DateTime) {\n    appelsAProjets(asOf: $asOf) {\n      id\n      annee\n      titre\n      statut\n      ouvertureLe\n      clotureLe\n      enveloppes {\n        financeurId\n        financeurNom\n        nature\n        montant\n      }\n      comites {\n        comiteId\n        date\n        libelle\n      }\n    }\n    partenaires(filter: { role: financeur }, first: 200, asOf: $asOf) {\n      edges {\n        node {\n          id\n          nom\n        }\n      }\n    }\n    comites(asOf: $asOf) {\n      id\n      statut\n    }\n  }\n": typeof types.ReferentielAppelsDocument,
    "\n  mutation ConvoquerComite($input: ConvoquerComiteInput!) {\n    convoquerComite(input: $input) {\n      id\n    }\n  }\n": typeof types.ConvoquerComiteDocument,
    "\n  mutation OuvrirAppelAProjets($input: OuvrirAppelAProjetsInput!) {\n    ouvrirAppelAProjets(input: $input) {\n      id\n    }\n  }\n": typeof types.OuvrirAppelAProjetsDocument,
    "\n  mutation FixerEnveloppe($input: FixerEnveloppeInput!) {\n    fixerEnveloppe(input: $input) {\n      revision\n    }\n  }\n": typeof types.FixerEnveloppeDocument,
    "\n  mutation PlanifierComite($input: PlanifierComiteInput!) {\n    planifierComite(input: $input) {\n      id\n    }\n  }\n": typeof types.PlanifierComiteDocument,
    "\n  mutation CloreAppelAProjets($input: CloreAppelAProjetsInput!) {\n    cloreAppelAProjets(input: $input) {\n      revision\n    }\n  }\n": typeof types.CloreAppelAProjetsDocument,
    "\n  query ReferentielCadre($cadreId: String, $version: Int, $asOf: DateTime) {\n    cadresStrategiques(asOf: $asOf) {\n      cadreId\n      version\n      intitule\n    }\n    cadreStrategique(cadreId: $cadreId, version: $version, asOf: $asOf) {\n      cadreId\n      version\n      intitule\n      statut\n      remplaceePar\n      versions {\n        version\n        intitule\n        statut\n      }\n      dimensions {\n        code\n        libelle\n        niveaux\n      }\n      noeuds {\n        id\n        dimension\n        parentId\n        niveau\n        niveauLibelle\n        code\n        libelle\n        libelleAffiche\n        ordre\n      }\n    }\n  }\n": typeof types.ReferentielCadreDocument,
    "\n  mutation DefinirCadreStrategique($input: DefinirCadreStrategiqueInput!) {\n    definirCadreStrategique(input: $input) {\n      id\n    }\n  }\n": typeof types.DefinirCadreStrategiqueDocument,
    "\n  mutation AjouterObjectif($input: AjouterObjectifInput!) {\n    ajouterObjectif(input: $input) {\n      id\n    }\n  }\n": typeof types.AjouterObjectifDocument,
    "\n  mutation DefinirLibelleAffiche($input: DefinirLibelleAfficheInput!) {\n    definirLibelleAffiche(input: $input) {\n      revision\n    }\n  }\n": typeof types.DefinirLibelleAfficheDocument,
    "\n  query ReferentielEngagements($asOf: DateTime) {\n    engagements(asOf: $asOf) {\n      id\n      objectif\n      priorite\n      statut\n      echeance\n      moyens\n      responsables {\n        libelle\n      }\n      cibles {\n        indicateurId\n        annee\n        periode\n        ventilation\n        qualificatif\n        cible {\n          type\n          valeur\n          min\n          max\n          texte\n        }\n      }\n    }\n    indicateurs(asOf: $asOf) {\n      id\n      libelle\n      unite\n      defini\n    }\n    partenaires(first: 200, asOf: $asOf) {\n      edges {\n        node {\n          id\n          nom\n        }\n      }\n    }\n  }\n": typeof types.ReferentielEngagementsDocument,
    "\n  mutation PrendreEngagement($input: PrendreEngagementInput!) {\n    prendreEngagement(input: $input) {\n      id\n    }\n  }\n": typeof types.PrendreEngagementDocument,
    "\n  mutation DefinirIndicateur($input: DefinirIndicateurInput!) {\n    definirIndicateur(input: $input) {\n      id\n    }\n  }\n": typeof types.DefinirIndicateurDocument,
    "\n  mutation FixerCibleIndicateur($input: FixerCibleIndicateurInput!) {\n    fixerCibleIndicateur(input: $input) {\n      revision\n    }\n  }\n": typeof types.FixerCibleIndicateurDocument,
    "\n  query ReferentielPartenaires($search: String, $filter: PartenairesFilter, $asOf: DateTime) {\n    partenaires(search: $search, filter: $filter, first: 200, asOf: $asOf) {\n      totalCount\n      edges {\n        node {\n          id\n          nom\n          nature\n          roles\n          categorieFinanceur\n          alias\n          identifiants {\n            siret\n            siren\n            rna\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReferentielPartenairesDocument,
    "\n  mutation EnregistrerPartenaire($input: EnregistrerPartenaireInput!) {\n    enregistrerPartenaire(input: $input) {\n      id\n    }\n  }\n": typeof types.EnregistrerPartenaireDocument,
    "\n  mutation AjouterAliasPartenaire($input: AjouterAliasPartenaireInput!) {\n    ajouterAliasPartenaire(input: $input) {\n      revision\n    }\n  }\n": typeof types.AjouterAliasPartenaireDocument,
    "\n  query ReferentielQuartiers($filter: QpvsFilter, $asOf: DateTime) {\n    qpvs(filter: $filter, first: 200, asOf: $asOf) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          categorie\n          generation\n          statut\n          nom\n          alias\n          communes {\n            codeInsee\n            nom\n          }\n          validite {\n            du\n            au\n          }\n          successeurs {\n            id\n            nom\n          }\n        }\n      }\n    }\n    territoire(asOf: $asOf) {\n      siren\n      communes {\n        cle\n        codeInsee\n        nom\n        rattachee\n      }\n    }\n  }\n": typeof types.ReferentielQuartiersDocument,
    "\n  mutation DeclarerQpv($input: DeclarerQpvInput!) {\n    declarerQpv(input: $input) {\n      id\n    }\n  }\n": typeof types.DeclarerQpvDocument,
    "\n  query ReferentielRegles($asOf: DateTime) {\n    reglesFinancement(asOf: $asOf) {\n      version\n      regles {\n        id\n        libelle\n        type\n        application\n        cible {\n          financeurIds\n          categories\n          natures\n          dispositifs\n        }\n        etapes\n        porteurKinds\n        montantMax\n        montantMin\n        tauxMaxPourcentage\n        assiette\n        plafond\n        reference {\n          financeurIds\n          categories\n          natures\n          dispositifs\n        }\n      }\n    }\n    partenaires(filter: { role: financeur }, first: 200, asOf: $asOf) {\n      edges {\n        node {\n          id\n          nom\n        }\n      }\n    }\n  }\n": typeof types.ReferentielReglesDocument,
    "\n  mutation DefinirReglesFinancement($input: DefinirReglesFinancementInput!) {\n    definirReglesFinancement(input: $input) {\n      revision\n    }\n  }\n": typeof types.DefinirReglesFinancementDocument,
    "\n  query ReferentielTerritoire($asOf: DateTime) {\n    territoire(asOf: $asOf) {\n      nom\n      nomUsuel\n      acronyme\n      siren\n      nature\n      departement\n      region\n      communes {\n        cle\n        codeInsee\n        nom\n        alias\n        rattachee\n        quartiers\n      }\n      nombreQpv {\n        calculee\n      }\n    }\n  }\n": typeof types.ReferentielTerritoireDocument,
    "\n  mutation RattacherCommune($input: RattacherCommuneInput!) {\n    rattacherCommune(input: $input) {\n      revision\n    }\n  }\n": typeof types.RattacherCommuneDocument,
    "\n  mutation AttribuerCodeInseeCommune($input: AttribuerCodeInseeCommuneInput!) {\n    attribuerCodeInseeCommune(input: $input) {\n      revision\n    }\n  }\n": typeof types.AttribuerCodeInseeCommuneDocument,
    "\n  query TableauDeBord($annee: Int!, $asOf: DateTime, $regle: RegleComptage) {\n    programmation(annee: $annee, asOf: $asOf, regleDeComptage: $regle) {\n      annee\n      regleComptage {\n        id\n        libelle\n        description\n      }\n      comptes {\n        deposes\n        retenus\n        nonRetenus\n        ajournes\n        abandonnes\n        enInstruction\n        projetsRetenus\n        porteursDeposants\n        porteursRetenus\n        coutTotalDeposes\n        coutTotalRetenus\n      }\n      parFinanceur {\n        categorie\n        nature\n        lignes\n        demande\n        propose\n        vote\n        engage\n        verse\n        justifie\n      }\n      parPilier {\n        ...Groupe\n      }\n      parThematique {\n        ...Groupe\n      }\n      parQpv {\n        ...Groupe\n      }\n      parPorteurKind {\n        ...Groupe\n      }\n    }\n    lignesFinancement(annee: $annee, asOf: $asOf) {\n      financeurId\n      financeurNom\n      vote\n      enveloppe\n      consomme\n      disponible\n      depassement\n    }\n  }\n  fragment Groupe on ProgrammationGroupe {\n    cle\n    libelle\n    projets\n    dossiers\n    porteursDistincts\n    coutTotal\n    demande {\n      total\n    }\n    vote {\n      total\n      creditsSpecifiques\n      droitCommun\n    }\n  }\n": typeof types.TableauDeBordDocument,
    "\n  query Annees($asOf: DateTime) {\n    appelsAProjets(asOf: $asOf) {\n      annee\n    }\n  }\n": typeof types.AnneesDocument,
};
const documents: Documents = {
    "\n  query Moi {\n    moi {\n      userId\n      tenantId\n      roles\n      organisationId\n      workspaces\n      operateurPlateforme\n    }\n  }\n": types.MoiDocument,
    "\n  query Comite($annee: Int!, $asOf: DateTime) {\n    comites(annee: $annee, asOf: $asOf) {\n      id\n      libelle\n      date\n      statut\n      totalVote\n      decisions {\n        dossierId\n        titre\n        porteurNom\n        decision\n        motif\n      }\n    }\n    dossiers(filter: { annee: $annee, statut: [en_instruction] }, first: 200, asOf: $asOf) {\n      edges {\n        node {\n          id\n          titre\n          porteur {\n            nom\n          }\n          lignes {\n            id\n            financeurNom\n            nature\n            statut\n            demande\n            propose\n          }\n        }\n      }\n    }\n  }\n": types.ComiteDocument,
    "\n  mutation ArreterProgrammation($input: ArreterProgrammationInput!) {\n    arreterProgrammation(input: $input) {\n      eventsAppended\n      effets {\n        dossierId\n        commande\n        ok\n        code\n        message\n      }\n    }\n  }\n": types.ArreterProgrammationDocument,
    "\n  mutation CloreComite($input: CloreComiteInput!) {\n    cloreComite(input: $input) {\n      revision\n    }\n  }\n": types.CloreComiteDocument,
    "\n  query OrganisationsConnexion($role: PartenaireRole!) {\n    partenaires(filter: { role: $role }, first: 200) {\n      edges {\n        node {\n          id\n          nom\n        }\n      }\n    }\n  }\n": types.OrganisationsConnexionDocument,
    "\n  query Dossier($id: String!, $asOf: DateTime) {\n    dossier(id: $id, asOf: $asOf) {\n      id\n      annee\n      titre\n      description\n      statut\n      decision\n      revision\n      referenceExterne\n      porteur {\n        id\n        nom\n        kind\n      }\n      coutTotal\n      depensesEligibles\n      nombreActions\n      dateDebut\n      dateFin\n      deposeLe\n      modifieLe\n      depotTardif\n      publics\n      intercommunal\n      pilier {\n        libelle\n      }\n      orientation {\n        libelle\n      }\n      objectif {\n        libelle\n      }\n      thematique {\n        libelle\n      }\n      communes {\n        insee\n        nom\n      }\n      qpv {\n        code\n        nom\n      }\n      serie {\n        id\n        rang\n      }\n      lignes {\n        id\n        financeurId\n        financeurNom\n        categorie\n        nature\n        statut\n        demande\n        propose\n        vote\n        engage\n        verse\n        justifie\n        numeroEngagementJuridique\n        avertissements {\n          message\n        }\n      }\n      totaux {\n        demande\n        vote\n        engage\n        verse\n        justifie\n      }\n      avis {\n        auteurNom\n        avis\n        commentaire\n        ligneId\n        emisLe\n      }\n      decisions {\n        type\n        comiteId\n        motif\n        anneeReport\n        le\n      }\n      convention {\n        conventionId\n        typeConvention\n        numeroEngagementJuridique\n      }\n      versements {\n        versementId\n        ligneId\n        type\n        montant\n        date\n      }\n      bilan {\n        coutRealise\n        recit\n        deposeLe\n        beneficiaires {\n          total\n          femmes\n          hommes\n          residentsQpv\n        }\n      }\n      corrections {\n        ligneId\n        etape\n        avant\n        apres\n        reason\n        corrigeLe\n      }\n      commandesPermises {\n        mutation\n        ligneId\n        raisonRequise\n      }\n    }\n  }\n": types.DossierDocument,
    "\n  query ChangementsDepuis($id: String!) {\n    dossier(id: $id) {\n      revision\n      historique {\n        revision\n        type\n        recordedAt\n        reason\n        actor {\n          role\n          organisationId\n        }\n      }\n    }\n  }\n": types.ChangementsDepuisDocument,
    "\n  mutation VoterFinancement($input: VoterFinancementInput!) {\n    voterFinancement(input: $input) {\n      revision\n    }\n  }\n": types.VoterFinancementDocument,
    "\n  mutation RefuserFinancement($input: RefuserFinancementInput!) {\n    refuserFinancement(input: $input) {\n      revision\n    }\n  }\n": types.RefuserFinancementDocument,
    "\n  mutation ProposerFinancement($input: ProposerFinancementInput!) {\n    proposerFinancement(input: $input) {\n      revision\n    }\n  }\n": types.ProposerFinancementDocument,
    "\n  mutation EngagerFinancement($input: EngagerFinancementInput!) {\n    engagerFinancement(input: $input) {\n      revision\n    }\n  }\n": types.EngagerFinancementDocument,
    "\n  mutation EnregistrerVersement($input: EnregistrerVersementInput!) {\n    enregistrerVersement(input: $input) {\n      revision\n    }\n  }\n": types.EnregistrerVersementDocument,
    "\n  mutation JustifierFinancement($input: JustifierFinancementInput!) {\n    justifierFinancement(input: $input) {\n      revision\n    }\n  }\n": types.JustifierFinancementDocument,
    "\n  mutation CorrigerMontant($input: CorrigerMontantInput!) {\n    corrigerMontant(input: $input) {\n      revision\n    }\n  }\n": types.CorrigerMontantDocument,
    "\n  mutation EmettreAvis($input: EmettreAvisInput!) {\n    emettreAvis(input: $input) {\n      revision\n    }\n  }\n": types.EmettreAvisDocument,
    "\n  mutation MettreEnInstruction($input: MettreEnInstructionInput!) {\n    mettreEnInstruction(input: $input) {\n      revision\n    }\n  }\n": types.MettreEnInstructionDocument,
    "\n  mutation RetenirDossier($input: RetenirDossierInput!) {\n    retenirDossier(input: $input) {\n      revision\n    }\n  }\n": types.RetenirDossierDocument,
    "\n  mutation NePasRetenirDossier($input: NePasRetenirDossierInput!) {\n    nePasRetenirDossier(input: $input) {\n      revision\n    }\n  }\n": types.NePasRetenirDossierDocument,
    "\n  mutation AjournerDossier($input: AjournerDossierInput!) {\n    ajournerDossier(input: $input) {\n      revision\n    }\n  }\n": types.AjournerDossierDocument,
    "\n  mutation AbandonnerDossier($input: AbandonnerDossierInput!) {\n    abandonnerDossier(input: $input) {\n      revision\n    }\n  }\n": types.AbandonnerDossierDocument,
    "\n  mutation DemarrerAction($input: DemarrerActionInput!) {\n    demarrerAction(input: $input) {\n      revision\n    }\n  }\n": types.DemarrerActionDocument,
    "\n  mutation SolderDossier($input: SolderDossierInput!) {\n    solderDossier(input: $input) {\n      revision\n    }\n  }\n": types.SolderDossierDocument,
    "\n  query Dossiers($filter: DossiersFilter, $first: Int, $after: String, $tri: DossierTri, $asOf: DateTime, $annee: Int!) {\n    dossiers(filter: $filter, first: $first, after: $after, tri: $tri, asOf: $asOf) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totaux {\n        coutTotal\n        demande\n        vote\n        engage\n        verse\n      }\n      edges {\n        node {\n          id\n          titre\n          statut\n          revision\n          referenceExterne\n          porteur {\n            nom\n          }\n          pilier {\n            libelle\n          }\n          qpv {\n            nom\n          }\n          coutTotal\n          totaux {\n            demande\n            vote\n          }\n        }\n      }\n    }\n    programmation(annee: $annee, asOf: $asOf) {\n      parPilier {\n        cle\n        libelle\n      }\n      parThematique {\n        cle\n        libelle\n      }\n      parQpv {\n        cle\n        libelle\n      }\n    }\n    territoire(asOf: $asOf) {\n      communes {\n        codeInsee\n        nom\n      }\n    }\n    porteurs: partenaires(filter: { role: porteur }, first: 200, asOf: $asOf) {\n      edges {\n        node {\n          id\n          nom\n        }\n      }\n    }\n    financeurs: partenaires(filter: { role: financeur }, first: 200, asOf: $asOf) {\n      edges {\n        node {\n          id\n          nom\n        }\n      }\n    }\n  }\n": types.DossiersDocument,
    "\n  mutation MettreEnInstructionDossiers($input: MettreEnInstructionDossiersInput!) {\n    mettreEnInstructionDossiers(input: $input) {\n      resultats {\n        dossierId\n        ok\n        revision\n        code\n        message\n      }\n    }\n  }\n": types.MettreEnInstructionDossiersDocument,
    "\n  query EspacesDeTravail {\n    espacesDeTravail {\n      id\n      nom\n      siren\n      nature\n      communes\n      ouvert\n    }\n  }\n": types.EspacesDeTravailDocument,
    "\n  mutation OuvrirEspaceDeTravail($input: OuvrirEspaceDeTravailInput!) {\n    ouvrirEspaceDeTravail(input: $input) {\n      id\n      eventsAppended\n    }\n  }\n": types.OuvrirEspaceDeTravailDocument,
    "\n  query HistoriqueDossier($streamId: String!, $id: String!, $asOf: DateTime) {\n    dossier(id: $id, asOf: $asOf) {\n      titre\n    }\n    historique(streamId: $streamId, asOf: $asOf) {\n      eventId\n      libelle\n      type\n      revision\n      position\n      enregistreLe\n      effectifLe\n      motif\n      source\n      acteur {\n        userId\n        role\n        organisationId\n      }\n      changements {\n        chemin\n        nature\n        avant\n        apres\n      }\n    }\n  }\n": types.HistoriqueDossierDocument,
    "\n  mutation EnregistrerPorteurImport($input: EnregistrerPartenaireInput!) {\n    enregistrerPartenaire(input: $input) {\n      id\n    }\n  }\n": types.EnregistrerPorteurImportDocument,
    "\n  query Financeurs($annee: Int!, $financeur: String, $asOf: DateTime) {\n    lignesFinancement(annee: $annee, financeur: $financeur, asOf: $asOf) {\n      financeurId\n      financeurNom\n      lignes\n      lignesVotees\n      lignesRefusees\n      dossiers\n      demande\n      propose\n      vote\n      engage\n      verse\n      justifie\n      enveloppe\n      consomme\n      disponible\n      depassement\n    }\n  }\n": types.FinanceursDocument,
    "\n  query ReferentielAppels($asOf: DateTime) {\n    appelsAProjets(asOf: $asOf) {\n      id\n      annee\n      titre\n      statut\n      ouvertureLe\n      clotureLe\n      enveloppes {\n        financeurId\n        financeurNom\n        nature\n        montant\n      }\n      comites {\n        comiteId\n        date\n        libelle\n      }\n    }\n    partenaires(filter: { role: financeur }, first: 200, asOf: $asOf) {\n      edges {\n        node {\n          id\n          nom\n        }\n      }\n    }\n    comites(asOf: $asOf) {\n      id\n      statut\n    }\n  }\n": types.ReferentielAppelsDocument,
    "\n  mutation ConvoquerComite($input: ConvoquerComiteInput!) {\n    convoquerComite(input: $input) {\n      id\n    }\n  }\n": types.ConvoquerComiteDocument,
    "\n  mutation OuvrirAppelAProjets($input: OuvrirAppelAProjetsInput!) {\n    ouvrirAppelAProjets(input: $input) {\n      id\n    }\n  }\n": types.OuvrirAppelAProjetsDocument,
    "\n  mutation FixerEnveloppe($input: FixerEnveloppeInput!) {\n    fixerEnveloppe(input: $input) {\n      revision\n    }\n  }\n": types.FixerEnveloppeDocument,
    "\n  mutation PlanifierComite($input: PlanifierComiteInput!) {\n    planifierComite(input: $input) {\n      id\n    }\n  }\n": types.PlanifierComiteDocument,
    "\n  mutation CloreAppelAProjets($input: CloreAppelAProjetsInput!) {\n    cloreAppelAProjets(input: $input) {\n      revision\n    }\n  }\n": types.CloreAppelAProjetsDocument,
    "\n  query ReferentielCadre($cadreId: String, $version: Int, $asOf: DateTime) {\n    cadresStrategiques(asOf: $asOf) {\n      cadreId\n      version\n      intitule\n    }\n    cadreStrategique(cadreId: $cadreId, version: $version, asOf: $asOf) {\n      cadreId\n      version\n      intitule\n      statut\n      remplaceePar\n      versions {\n        version\n        intitule\n        statut\n      }\n      dimensions {\n        code\n        libelle\n        niveaux\n      }\n      noeuds {\n        id\n        dimension\n        parentId\n        niveau\n        niveauLibelle\n        code\n        libelle\n        libelleAffiche\n        ordre\n      }\n    }\n  }\n": types.ReferentielCadreDocument,
    "\n  mutation DefinirCadreStrategique($input: DefinirCadreStrategiqueInput!) {\n    definirCadreStrategique(input: $input) {\n      id\n    }\n  }\n": types.DefinirCadreStrategiqueDocument,
    "\n  mutation AjouterObjectif($input: AjouterObjectifInput!) {\n    ajouterObjectif(input: $input) {\n      id\n    }\n  }\n": types.AjouterObjectifDocument,
    "\n  mutation DefinirLibelleAffiche($input: DefinirLibelleAfficheInput!) {\n    definirLibelleAffiche(input: $input) {\n      revision\n    }\n  }\n": types.DefinirLibelleAfficheDocument,
    "\n  query ReferentielEngagements($asOf: DateTime) {\n    engagements(asOf: $asOf) {\n      id\n      objectif\n      priorite\n      statut\n      echeance\n      moyens\n      responsables {\n        libelle\n      }\n      cibles {\n        indicateurId\n        annee\n        periode\n        ventilation\n        qualificatif\n        cible {\n          type\n          valeur\n          min\n          max\n          texte\n        }\n      }\n    }\n    indicateurs(asOf: $asOf) {\n      id\n      libelle\n      unite\n      defini\n    }\n    partenaires(first: 200, asOf: $asOf) {\n      edges {\n        node {\n          id\n          nom\n        }\n      }\n    }\n  }\n": types.ReferentielEngagementsDocument,
    "\n  mutation PrendreEngagement($input: PrendreEngagementInput!) {\n    prendreEngagement(input: $input) {\n      id\n    }\n  }\n": types.PrendreEngagementDocument,
    "\n  mutation DefinirIndicateur($input: DefinirIndicateurInput!) {\n    definirIndicateur(input: $input) {\n      id\n    }\n  }\n": types.DefinirIndicateurDocument,
    "\n  mutation FixerCibleIndicateur($input: FixerCibleIndicateurInput!) {\n    fixerCibleIndicateur(input: $input) {\n      revision\n    }\n  }\n": types.FixerCibleIndicateurDocument,
    "\n  query ReferentielPartenaires($search: String, $filter: PartenairesFilter, $asOf: DateTime) {\n    partenaires(search: $search, filter: $filter, first: 200, asOf: $asOf) {\n      totalCount\n      edges {\n        node {\n          id\n          nom\n          nature\n          roles\n          categorieFinanceur\n          alias\n          identifiants {\n            siret\n            siren\n            rna\n          }\n        }\n      }\n    }\n  }\n": types.ReferentielPartenairesDocument,
    "\n  mutation EnregistrerPartenaire($input: EnregistrerPartenaireInput!) {\n    enregistrerPartenaire(input: $input) {\n      id\n    }\n  }\n": types.EnregistrerPartenaireDocument,
    "\n  mutation AjouterAliasPartenaire($input: AjouterAliasPartenaireInput!) {\n    ajouterAliasPartenaire(input: $input) {\n      revision\n    }\n  }\n": types.AjouterAliasPartenaireDocument,
    "\n  query ReferentielQuartiers($filter: QpvsFilter, $asOf: DateTime) {\n    qpvs(filter: $filter, first: 200, asOf: $asOf) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          categorie\n          generation\n          statut\n          nom\n          alias\n          communes {\n            codeInsee\n            nom\n          }\n          validite {\n            du\n            au\n          }\n          successeurs {\n            id\n            nom\n          }\n        }\n      }\n    }\n    territoire(asOf: $asOf) {\n      siren\n      communes {\n        cle\n        codeInsee\n        nom\n        rattachee\n      }\n    }\n  }\n": types.ReferentielQuartiersDocument,
    "\n  mutation DeclarerQpv($input: DeclarerQpvInput!) {\n    declarerQpv(input: $input) {\n      id\n    }\n  }\n": types.DeclarerQpvDocument,
    "\n  query ReferentielRegles($asOf: DateTime) {\n    reglesFinancement(asOf: $asOf) {\n      version\n      regles {\n        id\n        libelle\n        type\n        application\n        cible {\n          financeurIds\n          categories\n          natures\n          dispositifs\n        }\n        etapes\n        porteurKinds\n        montantMax\n        montantMin\n        tauxMaxPourcentage\n        assiette\n        plafond\n        reference {\n          financeurIds\n          categories\n          natures\n          dispositifs\n        }\n      }\n    }\n    partenaires(filter: { role: financeur }, first: 200, asOf: $asOf) {\n      edges {\n        node {\n          id\n          nom\n        }\n      }\n    }\n  }\n": types.ReferentielReglesDocument,
    "\n  mutation DefinirReglesFinancement($input: DefinirReglesFinancementInput!) {\n    definirReglesFinancement(input: $input) {\n      revision\n    }\n  }\n": types.DefinirReglesFinancementDocument,
    "\n  query ReferentielTerritoire($asOf: DateTime) {\n    territoire(asOf: $asOf) {\n      nom\n      nomUsuel\n      acronyme\n      siren\n      nature\n      departement\n      region\n      communes {\n        cle\n        codeInsee\n        nom\n        alias\n        rattachee\n        quartiers\n      }\n      nombreQpv {\n        calculee\n      }\n    }\n  }\n": types.ReferentielTerritoireDocument,
    "\n  mutation RattacherCommune($input: RattacherCommuneInput!) {\n    rattacherCommune(input: $input) {\n      revision\n    }\n  }\n": types.RattacherCommuneDocument,
    "\n  mutation AttribuerCodeInseeCommune($input: AttribuerCodeInseeCommuneInput!) {\n    attribuerCodeInseeCommune(input: $input) {\n      revision\n    }\n  }\n": types.AttribuerCodeInseeCommuneDocument,
    "\n  query TableauDeBord($annee: Int!, $asOf: DateTime, $regle: RegleComptage) {\n    programmation(annee: $annee, asOf: $asOf, regleDeComptage: $regle) {\n      annee\n      regleComptage {\n        id\n        libelle\n        description\n      }\n      comptes {\n        deposes\n        retenus\n        nonRetenus\n        ajournes\n        abandonnes\n        enInstruction\n        projetsRetenus\n        porteursDeposants\n        porteursRetenus\n        coutTotalDeposes\n        coutTotalRetenus\n      }\n      parFinanceur {\n        categorie\n        nature\n        lignes\n        demande\n        propose\n        vote\n        engage\n        verse\n        justifie\n      }\n      parPilier {\n        ...Groupe\n      }\n      parThematique {\n        ...Groupe\n      }\n      parQpv {\n        ...Groupe\n      }\n      parPorteurKind {\n        ...Groupe\n      }\n    }\n    lignesFinancement(annee: $annee, asOf: $asOf) {\n      financeurId\n      financeurNom\n      vote\n      enveloppe\n      consomme\n      disponible\n      depassement\n    }\n  }\n  fragment Groupe on ProgrammationGroupe {\n    cle\n    libelle\n    projets\n    dossiers\n    porteursDistincts\n    coutTotal\n    demande {\n      total\n    }\n    vote {\n      total\n      creditsSpecifiques\n      droitCommun\n    }\n  }\n": types.TableauDeBordDocument,
    "\n  query Annees($asOf: DateTime) {\n    appelsAProjets(asOf: $asOf) {\n      annee\n    }\n  }\n": types.AnneesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Moi {\n    moi {\n      userId\n      tenantId\n      roles\n      organisationId\n      workspaces\n      operateurPlateforme\n    }\n  }\n"): typeof import('./graphql').MoiDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Comite($annee: Int!, $asOf: DateTime) {\n    comites(annee: $annee, asOf: $asOf) {\n      id\n      libelle\n      date\n      statut\n      totalVote\n      decisions {\n        dossierId\n        titre\n        porteurNom\n        decision\n        motif\n      }\n    }\n    dossiers(filter: { annee: $annee, statut: [en_instruction] }, first: 200, asOf: $asOf) {\n      edges {\n        node {\n          id\n          titre\n          porteur {\n            nom\n          }\n          lignes {\n            id\n            financeurNom\n            nature\n            statut\n            demande\n            propose\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ComiteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArreterProgrammation($input: ArreterProgrammationInput!) {\n    arreterProgrammation(input: $input) {\n      eventsAppended\n      effets {\n        dossierId\n        commande\n        ok\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').ArreterProgrammationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloreComite($input: CloreComiteInput!) {\n    cloreComite(input: $input) {\n      revision\n    }\n  }\n"): typeof import('./graphql').CloreComiteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationsConnexion($role: PartenaireRole!) {\n    partenaires(filter: { role: $role }, first: 200) {\n      edges {\n        node {\n          id\n          nom\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationsConnexionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dossier($id: String!, $asOf: DateTime) {\n    dossier(id: $id, asOf: $asOf) {\n      id\n      annee\n      titre\n      description\n      statut\n      decision\n      revision\n      referenceExterne\n      porteur {\n        id\n        nom\n        kind\n      }\n      coutTotal\n      depensesEligibles\n      nombreActions\n      dateDebut\n      dateFin\n      deposeLe\n      modifieLe\n      depotTardif\n      publics\n      intercommunal\n      pilier {\n        libelle\n      }\n      orientation {\n        libelle\n      }\n      objectif {\n        libelle\n      }\n      thematique {\n        libelle\n      }\n      communes {\n        insee\n        nom\n      }\n      qpv {\n        code\n        nom\n      }\n      serie {\n        id\n        rang\n      }\n      lignes {\n        id\n        financeurId\n        financeurNom\n        categorie\n        nature\n        statut\n        demande\n        propose\n        vote\n        engage\n        verse\n        justifie\n        numeroEngagementJuridique\n        avertissements {\n          message\n        }\n      }\n      totaux {\n        demande\n        vote\n        engage\n        verse\n        justifie\n      }\n      avis {\n        auteurNom\n        avis\n        commentaire\n        ligneId\n        emisLe\n      }\n      decisions {\n        type\n        comiteId\n        motif\n        anneeReport\n        le\n      }\n      convention {\n        conventionId\n        typeConvention\n        numeroEngagementJuridique\n      }\n      versements {\n        versementId\n        ligneId\n        type\n        montant\n        date\n      }\n      bilan {\n        coutRealise\n        recit\n        deposeLe\n        beneficiaires {\n          total\n          femmes\n          hommes\n          residentsQpv\n        }\n      }\n      corrections {\n        ligneId\n        etape\n        avant\n        apres\n        reason\n        corrigeLe\n      }\n      commandesPermises {\n        mutation\n        ligneId\n        raisonRequise\n      }\n    }\n  }\n"): typeof import('./graphql').DossierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangementsDepuis($id: String!) {\n    dossier(id: $id) {\n      revision\n      historique {\n        revision\n        type\n        recordedAt\n        reason\n        actor {\n          role\n          organisationId\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ChangementsDepuisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoterFinancement($input: VoterFinancementInput!) {\n    voterFinancement(input: $input) {\n      revision\n    }\n  }\n"): typeof import('./graphql').VoterFinancementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefuserFinancement($input: RefuserFinancementInput!) {\n    refuserFinancement(input: $input) {\n      revision\n    }\n  }\n"): typeof import('./graphql').RefuserFinancementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposerFinancement($input: ProposerFinancementInput!) {\n    proposerFinancement(input: $input) {\n      revision\n    }\n  }\n"): typeof import('./graphql').ProposerFinancementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EngagerFinancement($input: EngagerFinancementInput!) {\n    engagerFinancement(input: $input) {\n      revision\n    }\n  }\n"): typeof import('./graphql').EngagerFinancementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnregistrerVersement($input: EnregistrerVersementInput!) {\n    enregistrerVersement(input: $input) {\n      revision\n    }\n  }\n"): typeof import('./graphql').EnregistrerVersementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JustifierFinancement($input: JustifierFinancementInput!) {\n    justifierFinancement(input: $input) {\n      revision\n    }\n  }\n"): typeof import('./graphql').JustifierFinancementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrigerMontant($input: CorrigerMontantInput!) {\n    corrigerMontant(input: $input) {\n      revision\n    }\n  }\n"): typeof import('./graphql').CorrigerMontantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmettreAvis($input: EmettreAvisInput!) {\n    emettreAvis(input: $input) {\n      revision\n    }\n  }\n"): typeof import('./graphql').EmettreAvisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MettreEnInstruction($input: MettreEnInstructionInput!) {\n    mettreEnInstruction(input: $input) {\n      revision\n    }\n  }\n"): typeof import('./graphql').MettreEnInstructionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetenirDossier($input: RetenirDossierInput!) {\n    retenirDossier(input: $input) {\n      revision\n    }\n  }\n"): typeof import('./graphql').RetenirDossierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NePasRetenirDossier($input: NePasRetenirDossierInput!) {\n    nePasRetenirDossier(input: $input) {\n      revision\n    }\n  }\n"): typeof import('./graphql').NePasRetenirDossierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AjournerDossier($input: AjournerDossierInput!) {\n    ajournerDossier(input: $input) {\n      revision\n    }\n  }\n"): typeof import('./graphql').AjournerDossierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AbandonnerDossier($input: AbandonnerDossierInput!) {\n    abandonnerDossier(input: $input) {\n      revision\n    }\n  }\n"): typeof import('./graphql').AbandonnerDossierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DemarrerAction($input: DemarrerActionInput!) {\n    demarrerAction(input: $input) {\n      revision\n    }\n  }\n"): typeof import('./graphql').DemarrerActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SolderDossier($input: SolderDossierInput!) {\n    solderDossier(input: $input) {\n      revision\n    }\n  }\n"): typeof import('./graphql').SolderDossierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dossiers($filter: DossiersFilter, $first: Int, $after: String, $tri: DossierTri, $asOf: DateTime, $annee: Int!) {\n    dossiers(filter: $filter, first: $first, after: $after, tri: $tri, asOf: $asOf) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totaux {\n        coutTotal\n        demande\n        vote\n        engage\n        verse\n      }\n      edges {\n        node {\n          id\n          titre\n          statut\n          revision\n          referenceExterne\n          porteur {\n            nom\n          }\n          pilier {\n            libelle\n          }\n          qpv {\n            nom\n          }\n          coutTotal\n          totaux {\n            demande\n            vote\n          }\n        }\n      }\n    }\n    programmation(annee: $annee, asOf: $asOf) {\n      parPilier {\n        cle\n        libelle\n      }\n      parThematique {\n        cle\n        libelle\n      }\n      parQpv {\n        cle\n        libelle\n      }\n    }\n    territoire(asOf: $asOf) {\n      communes {\n        codeInsee\n        nom\n      }\n    }\n    porteurs: partenaires(filter: { role: porteur }, first: 200, asOf: $asOf) {\n      edges {\n        node {\n          id\n          nom\n        }\n      }\n    }\n    financeurs: partenaires(filter: { role: financeur }, first: 200, asOf: $asOf) {\n      edges {\n        node {\n          id\n          nom\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DossiersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MettreEnInstructionDossiers($input: MettreEnInstructionDossiersInput!) {\n    mettreEnInstructionDossiers(input: $input) {\n      resultats {\n        dossierId\n        ok\n        revision\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').MettreEnInstructionDossiersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EspacesDeTravail {\n    espacesDeTravail {\n      id\n      nom\n      siren\n      nature\n      communes\n      ouvert\n    }\n  }\n"): typeof import('./graphql').EspacesDeTravailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OuvrirEspaceDeTravail($input: OuvrirEspaceDeTravailInput!) {\n    ouvrirEspaceDeTravail(input: $input) {\n      id\n      eventsAppended\n    }\n  }\n"): typeof import('./graphql').OuvrirEspaceDeTravailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HistoriqueDossier($streamId: String!, $id: String!, $asOf: DateTime) {\n    dossier(id: $id, asOf: $asOf) {\n      titre\n    }\n    historique(streamId: $streamId, asOf: $asOf) {\n      eventId\n      libelle\n      type\n      revision\n      position\n      enregistreLe\n      effectifLe\n      motif\n      source\n      acteur {\n        userId\n        role\n        organisationId\n      }\n      changements {\n        chemin\n        nature\n        avant\n        apres\n      }\n    }\n  }\n"): typeof import('./graphql').HistoriqueDossierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnregistrerPorteurImport($input: EnregistrerPartenaireInput!) {\n    enregistrerPartenaire(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').EnregistrerPorteurImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Financeurs($annee: Int!, $financeur: String, $asOf: DateTime) {\n    lignesFinancement(annee: $annee, financeur: $financeur, asOf: $asOf) {\n      financeurId\n      financeurNom\n      lignes\n      lignesVotees\n      lignesRefusees\n      dossiers\n      demande\n      propose\n      vote\n      engage\n      verse\n      justifie\n      enveloppe\n      consomme\n      disponible\n      depassement\n    }\n  }\n"): typeof import('./graphql').FinanceursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferentielAppels($asOf: DateTime) {\n    appelsAProjets(asOf: $asOf) {\n      id\n      annee\n      titre\n      statut\n      ouvertureLe\n      clotureLe\n      enveloppes {\n        financeurId\n        financeurNom\n        nature\n        montant\n      }\n      comites {\n        comiteId\n        date\n        libelle\n      }\n    }\n    partenaires(filter: { role: financeur }, first: 200, asOf: $asOf) {\n      edges {\n        node {\n          id\n          nom\n        }\n      }\n    }\n    comites(asOf: $asOf) {\n      id\n      statut\n    }\n  }\n"): typeof import('./graphql').ReferentielAppelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConvoquerComite($input: ConvoquerComiteInput!) {\n    convoquerComite(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConvoquerComiteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OuvrirAppelAProjets($input: OuvrirAppelAProjetsInput!) {\n    ouvrirAppelAProjets(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').OuvrirAppelAProjetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FixerEnveloppe($input: FixerEnveloppeInput!) {\n    fixerEnveloppe(input: $input) {\n      revision\n    }\n  }\n"): typeof import('./graphql').FixerEnveloppeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanifierComite($input: PlanifierComiteInput!) {\n    planifierComite(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').PlanifierComiteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloreAppelAProjets($input: CloreAppelAProjetsInput!) {\n    cloreAppelAProjets(input: $input) {\n      revision\n    }\n  }\n"): typeof import('./graphql').CloreAppelAProjetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferentielCadre($cadreId: String, $version: Int, $asOf: DateTime) {\n    cadresStrategiques(asOf: $asOf) {\n      cadreId\n      version\n      intitule\n    }\n    cadreStrategique(cadreId: $cadreId, version: $version, asOf: $asOf) {\n      cadreId\n      version\n      intitule\n      statut\n      remplaceePar\n      versions {\n        version\n        intitule\n        statut\n      }\n      dimensions {\n        code\n        libelle\n        niveaux\n      }\n      noeuds {\n        id\n        dimension\n        parentId\n        niveau\n        niveauLibelle\n        code\n        libelle\n        libelleAffiche\n        ordre\n      }\n    }\n  }\n"): typeof import('./graphql').ReferentielCadreDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DefinirCadreStrategique($input: DefinirCadreStrategiqueInput!) {\n    definirCadreStrategique(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').DefinirCadreStrategiqueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AjouterObjectif($input: AjouterObjectifInput!) {\n    ajouterObjectif(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AjouterObjectifDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DefinirLibelleAffiche($input: DefinirLibelleAfficheInput!) {\n    definirLibelleAffiche(input: $input) {\n      revision\n    }\n  }\n"): typeof import('./graphql').DefinirLibelleAfficheDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferentielEngagements($asOf: DateTime) {\n    engagements(asOf: $asOf) {\n      id\n      objectif\n      priorite\n      statut\n      echeance\n      moyens\n      responsables {\n        libelle\n      }\n      cibles {\n        indicateurId\n        annee\n        periode\n        ventilation\n        qualificatif\n        cible {\n          type\n          valeur\n          min\n          max\n          texte\n        }\n      }\n    }\n    indicateurs(asOf: $asOf) {\n      id\n      libelle\n      unite\n      defini\n    }\n    partenaires(first: 200, asOf: $asOf) {\n      edges {\n        node {\n          id\n          nom\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReferentielEngagementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrendreEngagement($input: PrendreEngagementInput!) {\n    prendreEngagement(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').PrendreEngagementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DefinirIndicateur($input: DefinirIndicateurInput!) {\n    definirIndicateur(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').DefinirIndicateurDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FixerCibleIndicateur($input: FixerCibleIndicateurInput!) {\n    fixerCibleIndicateur(input: $input) {\n      revision\n    }\n  }\n"): typeof import('./graphql').FixerCibleIndicateurDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferentielPartenaires($search: String, $filter: PartenairesFilter, $asOf: DateTime) {\n    partenaires(search: $search, filter: $filter, first: 200, asOf: $asOf) {\n      totalCount\n      edges {\n        node {\n          id\n          nom\n          nature\n          roles\n          categorieFinanceur\n          alias\n          identifiants {\n            siret\n            siren\n            rna\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReferentielPartenairesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnregistrerPartenaire($input: EnregistrerPartenaireInput!) {\n    enregistrerPartenaire(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').EnregistrerPartenaireDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AjouterAliasPartenaire($input: AjouterAliasPartenaireInput!) {\n    ajouterAliasPartenaire(input: $input) {\n      revision\n    }\n  }\n"): typeof import('./graphql').AjouterAliasPartenaireDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferentielQuartiers($filter: QpvsFilter, $asOf: DateTime) {\n    qpvs(filter: $filter, first: 200, asOf: $asOf) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          categorie\n          generation\n          statut\n          nom\n          alias\n          communes {\n            codeInsee\n            nom\n          }\n          validite {\n            du\n            au\n          }\n          successeurs {\n            id\n            nom\n          }\n        }\n      }\n    }\n    territoire(asOf: $asOf) {\n      siren\n      communes {\n        cle\n        codeInsee\n        nom\n        rattachee\n      }\n    }\n  }\n"): typeof import('./graphql').ReferentielQuartiersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclarerQpv($input: DeclarerQpvInput!) {\n    declarerQpv(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').DeclarerQpvDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferentielRegles($asOf: DateTime) {\n    reglesFinancement(asOf: $asOf) {\n      version\n      regles {\n        id\n        libelle\n        type\n        application\n        cible {\n          financeurIds\n          categories\n          natures\n          dispositifs\n        }\n        etapes\n        porteurKinds\n        montantMax\n        montantMin\n        tauxMaxPourcentage\n        assiette\n        plafond\n        reference {\n          financeurIds\n          categories\n          natures\n          dispositifs\n        }\n      }\n    }\n    partenaires(filter: { role: financeur }, first: 200, asOf: $asOf) {\n      edges {\n        node {\n          id\n          nom\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReferentielReglesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DefinirReglesFinancement($input: DefinirReglesFinancementInput!) {\n    definirReglesFinancement(input: $input) {\n      revision\n    }\n  }\n"): typeof import('./graphql').DefinirReglesFinancementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferentielTerritoire($asOf: DateTime) {\n    territoire(asOf: $asOf) {\n      nom\n      nomUsuel\n      acronyme\n      siren\n      nature\n      departement\n      region\n      communes {\n        cle\n        codeInsee\n        nom\n        alias\n        rattachee\n        quartiers\n      }\n      nombreQpv {\n        calculee\n      }\n    }\n  }\n"): typeof import('./graphql').ReferentielTerritoireDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RattacherCommune($input: RattacherCommuneInput!) {\n    rattacherCommune(input: $input) {\n      revision\n    }\n  }\n"): typeof import('./graphql').RattacherCommuneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttribuerCodeInseeCommune($input: AttribuerCodeInseeCommuneInput!) {\n    attribuerCodeInseeCommune(input: $input) {\n      revision\n    }\n  }\n"): typeof import('./graphql').AttribuerCodeInseeCommuneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TableauDeBord($annee: Int!, $asOf: DateTime, $regle: RegleComptage) {\n    programmation(annee: $annee, asOf: $asOf, regleDeComptage: $regle) {\n      annee\n      regleComptage {\n        id\n        libelle\n        description\n      }\n      comptes {\n        deposes\n        retenus\n        nonRetenus\n        ajournes\n        abandonnes\n        enInstruction\n        projetsRetenus\n        porteursDeposants\n        porteursRetenus\n        coutTotalDeposes\n        coutTotalRetenus\n      }\n      parFinanceur {\n        categorie\n        nature\n        lignes\n        demande\n        propose\n        vote\n        engage\n        verse\n        justifie\n      }\n      parPilier {\n        ...Groupe\n      }\n      parThematique {\n        ...Groupe\n      }\n      parQpv {\n        ...Groupe\n      }\n      parPorteurKind {\n        ...Groupe\n      }\n    }\n    lignesFinancement(annee: $annee, asOf: $asOf) {\n      financeurId\n      financeurNom\n      vote\n      enveloppe\n      consomme\n      disponible\n      depassement\n    }\n  }\n  fragment Groupe on ProgrammationGroupe {\n    cle\n    libelle\n    projets\n    dossiers\n    porteursDistincts\n    coutTotal\n    demande {\n      total\n    }\n    vote {\n      total\n      creditsSpecifiques\n      droitCommun\n    }\n  }\n"): typeof import('./graphql').TableauDeBordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Annees($asOf: DateTime) {\n    appelsAProjets(asOf: $asOf) {\n      annee\n    }\n  }\n"): typeof import('./graphql').AnneesDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
