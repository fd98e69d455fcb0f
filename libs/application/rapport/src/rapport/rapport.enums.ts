import { registerEnumType } from '@nestjs/graphql';
import { enumOf } from '@cdv/application-programmation';
import {
  NATURES_DISPOSITIF,
  SENS_AVIS,
  TYPES_DESTINATAIRE,
  type NatureDispositif,
  type SensAvis,
  type StatutRapport,
  type TypeDestinataire,
} from '@cdv/domain-rapport';
import type { DocumentRapport } from '@cdv/projections-rapport';
import { rapportScope } from '../rapport.graphql-scope';

export const StatutRapportEnum = enumOf<StatutRapport>(['brouillon', 'arrete', 'en_consultation', 'consultation_close', 'adopte', 'transmis']);
registerEnumType(StatutRapportEnum, {
  ...rapportScope,
  name: 'StatutRapport',
  description: 'brouillon → arrete → en_consultation → consultation_close → adopte → transmis (docs/domain/rapport-annuel.md).',
});

type EtatDocument = DocumentRapport['etat']['statut'];
export const EtatDocumentRapportEnum = enumOf<EtatDocument>(['projet', 'arrete', 'en_consultation', 'consultation_close', 'adopte', 'transmis']);
registerEnumType(EtatDocumentRapportEnum, {
  ...rapportScope,
  name: 'EtatDocumentRapport',
  description: 'What the document shown is: `projet` (assembled now or as of an instant, not arrêté) or the state of the version shown.',
});

export const SensAvisEnum = enumOf<SensAvis>(SENS_AVIS);
registerEnumType(SensAvisEnum, {
  ...rapportScope,
  name: 'SensAvis',
  description: 'The outcome as the deliberation words it: favorable, reserve (réservé), defavorable, prend_acte, approuve.',
});

export const TypeDestinataireEnum = enumOf<TypeDestinataire>(TYPES_DESTINATAIRE);
registerEnumType(TypeDestinataireEnum, { ...rapportScope, name: 'TypeDestinataire', description: 'Who the draft is sent to for avis.' });

export const NatureDispositifEnum = enumOf<NatureDispositif>(NATURES_DISPOSITIF);
registerEnumType(NatureDispositifEnum, { ...rapportScope, name: 'NatureDispositif' });

export const AssietteAideEnum = enumOf<'depenses_eligibles' | 'montant_operation'>(['depenses_eligibles', 'montant_operation']);
registerEnumType(AssietteAideEnum, { ...rapportScope, name: 'AssietteAide', description: 'What the rate of a fund applies to.' });
