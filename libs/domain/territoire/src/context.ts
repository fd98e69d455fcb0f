import { parseStreamName, type Decider } from '@cdv/eventsourcing';
import { cadreDecider } from './cadre/cadre.decider';
import type { CadreCommand } from './cadre/cadre.commands';
import { CADRE_EVENT_TYPES, type CadreEvent } from './cadre/cadre.events';
import { chiffresDecider } from './chiffres/chiffres.decider';
import type { ChiffresCommand } from './chiffres/chiffres.commands';
import { CHIFFRES_EVENT_TYPES, type ChiffresEvent } from './chiffres/chiffres.events';
import { contratDecider } from './contrat/contrat.decider';
import type { ContratCommand } from './contrat/contrat.commands';
import { CONTRAT_EVENT_TYPES, type ContratEvent } from './contrat/contrat.events';
import { engagementDecider } from './engagement/engagement.decider';
import type { EngagementCommand } from './engagement/engagement.commands';
import { ENGAGEMENT_EVENT_TYPES, type EngagementEvent } from './engagement/engagement.events';
import { indicateurDecider } from './indicateur/indicateur.decider';
import type { IndicateurCommand } from './indicateur/indicateur.commands';
import { INDICATEUR_EVENT_TYPES, type IndicateurEvent } from './indicateur/indicateur.events';
import { partenaireDecider } from './partenaire/partenaire.decider';
import type { PartenaireCommand } from './partenaire/partenaire.commands';
import { PARTENAIRE_EVENT_TYPES, type PartenaireEvent } from './partenaire/partenaire.events';
import { qpvDecider } from './qpv/qpv.decider';
import type { QpvCommand } from './qpv/qpv.commands';
import { QPV_EVENT_TYPES, type QpvEvent } from './qpv/qpv.events';
import { territoireDecider } from './territoire/territoire.decider';
import type { TerritoireCommand } from './territoire/territoire.commands';
import { TERRITOIRE_EVENT_TYPES, type TerritoireEvent } from './territoire/territoire.events';

/** Every command and event of the territoire context (the référentiel). */
export type ReferentielCommand =
  TerritoireCommand | QpvCommand | PartenaireCommand | ContratCommand | CadreCommand | EngagementCommand | IndicateurCommand | ChiffresCommand;

export type ReferentielEvent = TerritoireEvent | QpvEvent | PartenaireEvent | ContratEvent | CadreEvent | EngagementEvent | IndicateurEvent | ChiffresEvent;

export const REFERENTIEL_EVENT_TYPES: readonly ReferentielEvent['type'][] = [
  ...TERRITOIRE_EVENT_TYPES,
  ...QPV_EVENT_TYPES,
  ...PARTENAIRE_EVENT_TYPES,
  ...CONTRAT_EVENT_TYPES,
  ...CADRE_EVENT_TYPES,
  ...ENGAGEMENT_EVENT_TYPES,
  ...INDICATEUR_EVENT_TYPES,
  ...CHIFFRES_EVENT_TYPES,
];

/** The stream category of each aggregate (the part of the stream name before the first dash). */
export const DECIDERS_REFERENTIEL = {
  territoire: territoireDecider,
  qpv: qpvDecider,
  partenaire: partenaireDecider,
  contrat: contratDecider,
  cadre: cadreDecider,
  engagement: engagementDecider,
  indicateur: indicateurDecider,
  chiffres: chiffresDecider,
} as const;

export type CategorieReferentiel = keyof typeof DECIDERS_REFERENTIEL;

/** Type-erased decider, for code that routes commands by stream (seeds, imports, the application layer). */
export type ReferentielDecider = Decider<ReferentielCommand, ReferentielEvent, unknown>;

/** The decider that owns a stream of this context, or null when the stream belongs to another context. */
export function deciderPourStream(stream: string): ReferentielDecider | null {
  const { category } = parseStreamName(stream);
  return category in DECIDERS_REFERENTIEL ? (DECIDERS_REFERENTIEL[category as CategorieReferentiel] as unknown as ReferentielDecider) : null;
}
