import { CommandHandler, MemoryEventStore, type Command } from '@cdv/eventsourcing';
import { PROJECTIONS_PROGRAMMATION } from '@cdv/projections-programmation';
import { PROJECTIONS_TERRITOIRE } from '@cdv/projections-territoire';
import { assemblerRapport, lireEntreesRapport, PROJECTIONS_RAPPORT, type LectureModeles, type RapportAnnuel } from '@cdv/projections-rapport';
import { AsOfReader } from '@cdv/read-store';
import {
  arreteCabbalr2019,
  consultationCabbalr2019,
  deciderDeCommandeRapport,
  preparationCabbalr2019,
  type CommandeRapport,
} from './cabbalr-2019-rapport.commands';
import { TerritoireSeeder } from '@cdv/demo-territoire';
import { ProgrammationSeeder, REGLES_DEMO } from '@cdv/demo-programmation';

/**
 * The demo workspace `cabbalr` as the seeders build it (territoire, programmation 2019, rapport), in memory, read
 * through the real projections and queries: its report assembled at the head, arrêté, then consulted.
 */
export async function mondeCabbalr2019() {
  const tenantId = 'cabbalr';
  const store = new MemoryEventStore();
  const handler = new CommandHandler(store);
  const executer = async (commandes: readonly CommandeRapport[]) => {
    for (const c of commandes) {
      const outcome = await handler.handle(deciderDeCommandeRapport(c), { stream: c.stream, command: c.command as Command });
      if (!outcome.ok) throw new Error(`${c.command.type} on ${c.stream} refused: ${outcome.refusal.code} ${outcome.refusal.message}`);
    }
  };
  await new TerritoireSeeder(handler, store).seed('cabbalr');
  await new ProgrammationSeeder(handler).seedDemo({ tenants: ['cabbalr'] });
  await executer(preparationCabbalr2019({ now: new Date().toISOString() }));
  const reader = new AsOfReader({ eventStore: store, projections: [...PROJECTIONS_TERRITOIRE, ...PROJECTIONS_PROGRAMMATION, ...PROJECTIONS_RAPPORT] });
  const vue = async (position: number): Promise<LectureModeles> => reader.at(tenantId, { position });
  const assembler = async (position: number): Promise<RapportAnnuel> =>
    assemblerRapport(await lireEntreesRapport(await vue(position), { tenantId, annee: 2019, etabliAu: { position, asOf: null }, regles: REGLES_DEMO.cabbalr }));
  const position = await store.headPosition();
  const rapport = await assembler(position);
  const arreteAu = new Date().toISOString();
  await executer([arreteCabbalr2019({ now: arreteAu, arreteAu, position, chiffres: rapport as never })]);
  await executer(consultationCabbalr2019({ now: new Date().toISOString() }));
  return { tenantId, store, handler, vue, assembler, position, rapport };
}
