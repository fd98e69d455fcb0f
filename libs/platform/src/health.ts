import { Controller, Get, HttpCode, Injectable, Res } from '@nestjs/common';

export type ReadinessCheck = () => Promise<string | null>;

/** Readiness is the conjunction of named checks; each returns null when fine, else what is wrong. */
@Injectable()
export class ReadinessService {
  private readonly checks = new Map<string, ReadinessCheck>();

  register(name: string, check: ReadinessCheck): void {
    this.checks.set(name, check);
  }

  async report(): Promise<{ ready: boolean; checks: Record<string, string> }> {
    const checks: Record<string, string> = {};
    for (const [name, check] of this.checks) {
      try {
        checks[name] = (await check()) ?? 'ok';
      } catch (error) {
        checks[name] = `failed: ${(error as Error).message}`;
      }
    }
    return { ready: Object.values(checks).every((status) => status === 'ok'), checks };
  }
}

interface StatusResponse {
  status(code: number): { json(body: unknown): void };
}

@Controller('health')
export class HealthController {
  constructor(private readonly readiness: ReadinessService) {}

  /** The process is up (for restarts). */
  @Get('live')
  @HttpCode(200)
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** The process can serve (stores reachable, read models caught up): for load balancers. */
  @Get('ready')
  async ready(@Res() response: StatusResponse): Promise<void> {
    const report = await this.readiness.report();
    response.status(report.ready ? 200 : 503).json({ status: report.ready ? 'ready' : 'not_ready', checks: report.checks });
  }
}
