import type { LoggerService } from '@nestjs/common';

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 } as const;
type Level = keyof typeof LEVELS;

/**
 * Structured logs: one JSON object per line on stdout, with the app name and, when known, the request's
 * correlation id, so an operator can follow one request across the gateway and the subgraphs.
 */
export class JsonLogger implements LoggerService {
  constructor(
    private readonly app: string,
    private readonly minimum: Level = 'info',
    private readonly write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
  ) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.emit('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.emit('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.emit('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.emit('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.emit('debug', message, rest);
  }

  /** For code that has structured fields to log (request logs, projection progress). */
  event(level: Level, message: string, fields: Record<string, unknown>): void {
    if (LEVELS[level] < LEVELS[this.minimum]) return;
    this.write(JSON.stringify({ time: new Date().toISOString(), level, app: this.app, message, ...fields }));
  }

  private emit(level: Level, message: unknown, rest: unknown[]): void {
    const context = typeof rest[rest.length - 1] === 'string' ? (rest[rest.length - 1] as string) : undefined;
    const fields: Record<string, unknown> = context ? { context } : {};
    if (message instanceof Error) {
      fields.error = message.message;
      if (level === 'error') fields.stack = message.stack;
    }
    const stack = rest.find((item) => typeof item === 'string' && item.includes('\n    at '));
    if (stack) fields.stack = stack;
    this.event(level, message instanceof Error ? message.message : typeof message === 'string' ? message : JSON.stringify(message), fields);
  }
}
