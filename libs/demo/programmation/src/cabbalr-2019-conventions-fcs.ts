import type { CommandMetadata } from '@cdv/eventsourcing';
import { conventionStream, type DemanderFinancement, type DeposerDossier } from '@cdv/domain-programmation';
import type { CommandeAgregat } from '@cdv/application-programmation';

/** The day every demo FCS convention is signed: synthetic (the report dates none), a month after the comité. */
const SIGNEES_LE = '2019-04-15';

/**
 * The CABBALR's own conventions for its Fonds de Cohésion Sociale lines (L394, L400: 2 000 € to each conseil
 * citoyen, matched by the commune): one annual convention per dossier, signed by the EPCI, so that the EPCI's
 * 2019 SCDL « subventions » file has rows. The report names no such convention nor its date: they are
 * synthetic, marked in the data (`synthetique`) and in the provenance. Derived from the programmation's own
 * commands (which dossiers carry an FCS line), after them.
 */
export function conventionsFcsCabbalr2019(commands: readonly CommandeAgregat[], options: { now: string; document: string }): CommandeAgregat[] {
  const depots = new Map<string, DeposerDossier['data']>();
  const fcs = new Map<string, DemanderFinancement['data']>();
  for (const { command } of commands) {
    if (command.type === 'DeposerDossier') depots.set(command.data.dossierId, command.data);
    if (command.type === 'DemanderFinancement' && command.data.dispositif?.id === 'fonds-cohesion-sociale') fcs.set(command.data.dossierId, command.data);
  }
  return [...fcs].flatMap(([dossierId, financement]): CommandeAgregat[] => {
    const depot = depots.get(dossierId);
    if (!depot) return [];
    const conventionId = `cabbalr-fcs-2019-${dossierId.replace(/^cabbalr-2019-/, '')}`;
    const stream = conventionStream('cabbalr', conventionId);
    const metadata: CommandMetadata = {
      tenantId: 'cabbalr',
      actor: { userId: 'seed-cabbalr-2019', role: 'system' },
      source: 'migration',
      now: options.now,
      effectiveAt: SIGNEES_LE,
      commandId: `seed:${stream}:signer`,
      correlationId: 'seed:cabbalr:2019',
      provenance: {
        document: options.document,
        lines: 'L394, L400',
        note: 'synthetic convention: the report names the Fonds de Cohésion Sociale but no convention or date',
      },
    };
    return [
      {
        aggregate: 'convention',
        stream,
        command: {
          type: 'SignerConvention',
          data: {
            conventionId,
            typeConvention: 'annuelle',
            objet: `Fonds de Cohésion Sociale 2019 – ${depot.titre}`,
            porteur: depot.porteur,
            signataires: [financement.financeur],
            anneeDebut: 2019,
            anneeFin: 2019,
            dateSignature: SIGNEES_LE,
            dossiers: [{ dossierId, annee: 2019 }],
            synthetique: ['dateSignature'],
          },
          metadata,
        },
      },
    ];
  });
}
