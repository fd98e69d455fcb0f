// `cli verify-bundle` is what an auditor runs on their own machine: it must load the bundle's verifier only, never
// the application (NestJS, the stores, the configuration). Loading NestJS from its import graph fails this test.
jest.mock('@nestjs/core', () => {
  throw new Error('verify-bundle loaded @nestjs/core');
});
jest.mock('@nestjs/common', () => {
  throw new Error('verify-bundle loaded @nestjs/common');
});

describe('cli verify-bundle', () => {
  it('loads without the application: no NestJS in its import graph', () => {
    let command: { name: string } | undefined;
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded inside the isolated registry, after the mocks
      command = (require('./verify-bundle.command') as typeof import('./verify-bundle.command')).verifyBundleCommand;
    });
    expect(command?.name).toBe('verify-bundle');
  });

  it('runs through `cli` without loading the other commands', async () => {
    const err: string[] = [];
    let code: number | undefined;
    await jest.isolateModulesAsync(async () => {
      const { runCli } = await import('../main');
      code = await runCli(['verify-bundle', '/nonexistent/bundle.jsonl'], { out: () => undefined, err: (text) => void err.push(text), env: {} });
    });
    expect(code).toBe(2);
    expect(err.join('')).toMatch(/no file \/nonexistent\/bundle\.jsonl/);
  });

  it('would notice NestJS: the guard itself fails when NestJS is required', () => {
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- the same registry as the command
      expect(() => require('@nestjs/common')).toThrow(/verify-bundle loaded @nestjs\/common/);
    });
  });
});
