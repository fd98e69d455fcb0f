import { Injectable } from '@nestjs/common';
import { JsonLogger } from '@cdv/platform';
import { TerritoireSeeder } from '@cdv/demo-territoire';
import { ProgrammationSeeder } from './programmation-seeder';

/**
 * The demo workspaces `npm start` opens (DEMO=true): every fixture territory's référentiel, then the demo
 * programmation (CABBALR 2019). Idempotent and quick when already done, so it runs at every start.
 */
@Injectable()
export class DemoSeeder {
  constructor(
    private readonly territoires: TerritoireSeeder,
    private readonly programmations: ProgrammationSeeder,
    private readonly logger: JsonLogger,
  ) {}

  async seed(): Promise<string[]> {
    const started = Date.now();
    const reports = await this.territoires.seed('all');
    const demos = await this.programmations.seedDemo();
    const appended = reports.reduce((sum, report) => sum + report.eventsAppended, 0) + demos.reduce((sum, demo) => sum + demo.appended, 0);
    this.logger.event('info', appended > 0 ? 'demo workspaces seeded' : 'demo workspaces already seeded', {
      tenants: reports.map((report) => report.tenant),
      eventsAppended: appended,
      ms: Date.now() - started,
    });
    return reports.map((report) => report.tenant);
  }
}
