// What the person does about each problem of an import report (codes of docs/import-programmation.md « Errors »).

export const CONSEILS_IMPORT: Record<string, string> = {
  MISSING_COLUMN: 'Ajoutez cette colonne à l’en-tête du tableau.',
  MISSING_VALUE: 'Renseignez cette cellule.',
  AMOUNT_INVALID: 'Écrivez un montant en euros, par exemple 12 500 ou 12 500,50 €.',
  AMOUNT_AMBIGUOUS: 'Levez l’ambiguïté : 1 234 pour des milliers, 1,23 pour des décimales.',
  AMOUNT_READ_AS_THOUSANDS: 'Vérifiez le montant lu (le point est pris pour un séparateur de milliers).',
  DATE_INVALID: 'Écrivez la date en jj/mm/aaaa.',
  YEAR_INVALID: 'Écrivez l’année sur quatre chiffres.',
  PORTEUR_MISSING: 'Nommez le porteur, ou donnez son SIRET.',
  PORTEUR_UNKNOWN: 'Enregistrez ce porteur ci-dessous, ou écrivez son nom tel que le référentiel le connaît.',
  FINANCEUR_UNKNOWN: 'Écrivez le nom du financeur tel que le référentiel le connaît, ou demandez à un administrateur de l’enregistrer.',
  FINANCEUR_CATEGORY_MISSING: 'Ajoutez la catégorie du financeur (État, Région, Département, CAF, EPCI, Commune, Autres).',
  NATURE_UNKNOWN: 'Écrivez « crédits spécifiques » ou « droit commun ».',
  QPV_UNKNOWN: 'Écrivez le nom ou le code d’un quartier du référentiel.',
  COMMUNE_UNKNOWN: 'Écrivez le code INSEE d’une commune du territoire (ou son nom, s’il a un code).',
  CLASSEMENT_UNKNOWN: 'Reprenez un libellé du cadre stratégique.',
  DECISION_UNKNOWN: 'Écrivez retenu, non retenu, ajourné ou abandonné.',
  DECISION_INCONSISTENT: 'Accordez la décision et les montants votés (un dossier retenu a au moins une ligne votée).',
  INCONSISTENT_DOSSIER: 'Les lignes d’un même dossier doivent dire la même chose : alignez-les sur la première.',
  DUPLICATE_LINE: 'Fusionnez les deux lignes du même financeur et de la même nature.',
  SUM_EXCEEDS_COST: 'Le total demandé dépasse le coût total : corrigez les montants ou le coût.',
  APPEL_UNKNOWN: 'Ouvrez d’abord l’appel à projets de cette année (Référentiel › Appels à projets).',
  UNKNOWN_COLUMN: 'Cette colonne est ignorée : renommez-la si elle doit être lue.',
  DEFAULT_DATES: 'Les dates de l’année civile sont retenues : précisez-les si besoin.',
  NO_PERIMETRE: 'L’action est comptée comme intercommunale : précisez la commune si besoin.',
};

/** The refusals of an import that stopped, said for the person: what to do next. */
export const CONSEILS_REFUS: Record<string, string> = {
  VALIDATION_FAILED: 'Corrigez la valeur indiquée dans le fichier, puis relancez l’import : ce qui est déjà enregistré ne sera pas refait.',
  CONFLICT: 'Le dossier est déjà enregistré avec d’autres valeurs : corrigez-le dans l’application, ou alignez ses lignes sur ce qui est enregistré.',
  NOT_FOUND: 'Le fichier cite un élément absent du référentiel ou de l’appel : ajoutez-le, puis relancez l’import.',
  INVALID_TRANSITION: 'L’état du dossier ne permet pas cette étape : comparez la décision et les montants du fichier à son historique.',
  FORBIDDEN: 'Votre rôle ne permet pas cette étape : importez en tant qu’agent ou administrateur.',
};
