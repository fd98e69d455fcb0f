import type { CliIO } from './cli-command';

/** A CliIO for tests: the environment given, and what the command wrote on stdout and stderr. */
export function capturedIo(env: Record<string, string>): { io: CliIO; out: () => string; err: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (text) => out.push(text), err: (text) => err.push(text), env }, out: () => out.join(''), err: () => err.join('') };
}
