import { CommandHandler, MemoryEventStore } from '@cdv/eventsourcing';
import { PROJECTIONS_PROGRAMMATION } from '@cdv/projections-programmation';
import { PROJECTIONS_TERRITOIRE } from '@cdv/projections-territoire';
import { assemblerRapport, lireEntreesRapport, PROJECTIONS_RAPPORT, type LectureModeles, type RapportAnnuel } from '@cdv/projections-rapport';
import { AsOfReader } from '@cdv/read-store';
import { TerritoireSeeder } from '@cdv/demo-territoire';
import { ProgrammationSeeder, REGLES_DEMO } from '@cdv/demo-programmation';
import { RapportSeeder } from './rapport-seeder';

/**
 * The demo workspace `cabbalr` as the seeders build it (territoire, programmation 2019, rapport), in memory, read
 * through the real projections and queries: its report assembled at the head, arrêté, then consulted.
 */
export async function mondeCabbalr2019() {
  const tenantId = 'cabbalr';
  const store = new MemoryEventStore();
  const handler = new CommandHandler(store);
  await new TerritoireSeeder(handler, store).seed('cabbalr');
  await new ProgrammationSeeder(handler).seedDemo({ tenants: ['cabbalr'] });
  const reader = new AsOfReader({ eventStore: store, projections: [...PROJECTIONS_TERRITOIRE, ...PROJECTIONS_PROGRAMMATION, ...PROJECTIONS_RAPPORT] });
  const vue = async (position: number): Promise<LectureModeles> => reader.at(tenantId, { position });
  const assembler = async (position: number): Promise<RapportAnnuel> =>
    assemblerRapport(await lireEntreesRapport(await vue(position), { tenantId, annee: 2019, etabliAu: { position, asOf: null }, regles: REGLES_DEMO.cabbalr }));
  // The demo seeder arrêtes the report at the head of the log, as the server does (topologies DemoSeeder).
  let arrete: { position: number; rapport: RapportAnnuel } | null = null;
  await new RapportSeeder(handler, async () => {
    const position = await store.headPosition();
    arrete = { position, rapport: await assembler(position) };
    return { position, chiffres: arrete.rapport };
  }).seedDemo();
  const { position, rapport } = arrete!;
  return { tenantId, store, handler, vue, assembler, position, rapport };
}
