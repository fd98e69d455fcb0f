import { Injectable } from '@nestjs/common';
import { LectureRapport } from '@cdv/application-rapport';
import { ProgrammationSeeder } from '@cdv/demo-programmation';
import { TerritoireSeeder } from '@cdv/demo-territoire';
import { CommandHandler } from '@cdv/eventsourcing';
import { JsonLogger } from '@cdv/platform';
import { RapportSeeder } from './rapport-seeder';

/**
 * The demo workspaces `npm start` opens (DEMO=true): every fixture territory's référentiel, then the demo
 * programmation (CABBALR 2019) and its rapport annuel (arrêté with the figures the server assembles, consulted).
 * Idempotent and quick when already done, so it runs at every start.
 */
@Injectable()
export class DemoSeeder {
  constructor(
    private readonly territoires: TerritoireSeeder,
    private readonly programmations: ProgrammationSeeder,
    private readonly handler: CommandHandler,
    private readonly lecture: LectureRapport,
    private readonly logger: JsonLogger,
  ) {}

  async seed(): Promise<string[]> {
    const started = Date.now();
    const reports = await this.territoires.seed('all');
    const demos = await this.programmations.seedDemo();
    const rapport = await new RapportSeeder(this.handler, async (tenantId, annee) => {
      const vue = await this.lecture.vue(tenantId);
      return { position: vue.position, chiffres: await this.lecture.assembler(tenantId, annee, vue) };
    }).seedDemo();
    const appended = reports.reduce((sum, report) => sum + report.eventsAppended, 0) + demos.reduce((sum, demo) => sum + demo.appended, 0) + rapport.appended;
    this.logger.event('info', appended > 0 ? 'demo workspaces seeded' : 'demo workspaces already seeded', {
      tenants: reports.map((report) => report.tenant),
      eventsAppended: appended,
      rapport: `${rapport.tenant} ${rapport.annee} version ${rapport.version}`,
      ms: Date.now() - started,
    });
    return reports.map((report) => report.tenant);
  }
}
