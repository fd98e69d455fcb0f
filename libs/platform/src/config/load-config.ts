import { CONFIG_VARIABLES, type AppName, type ConfigVariable } from './config-variables';

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}\nSee docs/operations.md for every variable.`);
  }
}

export type RawConfig = Record<string, string | undefined>;

/**
 * Reads the variables an app uses, applies defaults and reports every problem at once, each with what to do,
 * instead of failing on the first one at some later call.
 */
export function readVariables(app: AppName, env: RawConfig): Record<string, string | undefined> {
  const problems: string[] = [];
  const values: Record<string, string | undefined> = {};
  const used = Object.entries(CONFIG_VARIABLES).filter(([, variable]) => variable.apps.includes(app));
  for (const [name, variable] of used) values[name] = nonEmpty(env[name]) ?? variable.default;
  for (const [name, variable] of used) {
    const value = values[name];
    if (variable.requiredWhen && values[variable.requiredWhen.variable] === variable.requiredWhen.equals && value === undefined) {
      problems.push(`${name} is required when ${variable.requiredWhen.variable}=${variable.requiredWhen.equals}: ${variable.description}`);
      continue;
    }
    if (value === undefined) continue;
    const problem = check(name, variable, value);
    if (problem) problems.push(problem);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return values;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function check(name: string, variable: ConfigVariable, value: string): string | null {
  switch (variable.kind) {
    case 'port':
      return /^\d+$/.test(value) && Number(value) >= 0 && Number(value) < 65536 ? null : `${name}="${value}" is not a TCP port (0-65535)`;
    case 'integer':
      return /^\d+$/.test(value) ? null : `${name}="${value}" is not a whole number`;
    case 'boolean':
      return ['true', 'false', '1', '0', 'yes', 'no'].includes(value.toLowerCase()) ? null : `${name}="${value}" must be true or false`;
    case 'enum':
      return variable.values?.includes(value) ? null : `${name}="${value}" must be one of ${variable.values?.join(', ')}`;
    case 'url':
      // connection strings list several hosts (kurrentdb://a:2113,b:2113), which WHATWG URLs refuse
      return /^[a-z][a-z0-9+.-]*:\/\/[^\s/?#]+\S*$/i.test(value) ? null : `${name}="${value}" is not a URL (${variable.description})`;
    default:
      return null;
  }
}

export function asBoolean(value: string | undefined, fallback = false): boolean {
  return value === undefined ? fallback : ['true', '1', 'yes'].includes(value.toLowerCase());
}
