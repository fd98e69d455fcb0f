import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { filesIn, filesUnder, isSpec, isTestCode, read, ROOT, serverSources } from './repository';
import { unusedExports } from './unused-exports';

/*
 * The habits of the house (docs/architecture.md « Conventions checked by tests »), beside the module boundaries that
 * lint checks (eslint.config.mjs). Each test names the files that break the rule.
 */

const sources = serverSources();
const production = sources.filter((file) => !isTestCode(file) && !file.startsWith('test/'));

describe('one write path', () => {
  const mutationResolvers = production.filter((file) => file.endsWith('.ts') && /@Mutation\(/.test(read(file)));

  it('every mutation is a use-case folder holding its input, resolver, command and handler', () => {
    const broken = mutationResolvers.flatMap((file) => {
      const folder = basename(dirname(file));
      const expected = ['input', 'resolver', 'command', 'handler'].map((role) => join(dirname(file), `${folder}.${role}.ts`));
      return file === join(dirname(file), `${folder}.resolver.ts`) && expected.every((path) => existsSync(join(ROOT, path)))
        ? []
        : [`${file}: a mutation belongs in <use-case>/<use-case>.resolver.ts beside its .input, .command and .handler`];
    });
    expect(broken).toEqual([]);
    expect(mutationResolvers.length).toBeGreaterThan(80);
  });

  it('a resolver maps the request and sends its command on the CommandBus: it loads nothing', () => {
    const broken = mutationResolvers.filter((file) => {
      const text = read(file);
      const constructorParameters = /constructor\(([^)]*)\)/.exec(text)?.[1] ?? '';
      return (
        constructorParameters.trim() !== 'private readonly commandBus: CommandBus' ||
        !/this\.commandBus\.execute\(new \w+Command\(context, sansNull\(/.test(text)
      );
    });
    expect(broken).toEqual([]);
  });

  it('a use-case handler is a @CommandHandler of its own command', () => {
    const handlers = production.filter((file) => file.endsWith('.handler.ts'));
    const broken = handlers.filter((file) => {
      const command = `${pascal(basename(dirname(file)))}Command`;
      return !new RegExp(`@CommandHandler\\(${command}\\)`).test(read(file));
    });
    expect(broken).toEqual([]);
    expect(handlers.length).toBeGreaterThan(80);
  });

  it('one place builds the command handler and one runs decisions: no second gateway', () => {
    const builders = production.filter((file) => /new CommandHandler\(/.test(read(file)));
    expect(builders).toEqual(['libs/platform/src/write/command-handler.factory.ts']);
    const secondPaths = production.filter((file) => /CommandGateway|ExecuteDecision|ProgrammationCommands|CommandHandler as /.test(read(file)));
    expect(secondPaths).toEqual([]);
  });
});

describe('files named by their role', () => {
  // `<name>.<role>.ts`: the roles the codebase uses; a new role is added here on purpose, not by accident.
  const ROLES = [
    'acces',
    'bench',
    'command',
    'commandes-permises',
    'commands',
    'contract',
    'controller',
    'data',
    'decide',
    'decider',
    'decorator',
    'dossier-commands',
    'enums',
    'events',
    'factory',
    'filter',
    'format',
    'graphql-scope',
    'guard',
    'guards',
    'handler',
    'http',
    'input',
    'inputs',
    'lecture',
    'limites',
    'mapper',
    'mappers',
    'middleware',
    'module',
    'mother',
    'parser',
    'plugin',
    'port',
    'projection',
    'providers',
    'queries',
    'report',
    'resolver',
    'rule',
    'seed',
    'service',
    'spec',
    'state',
    'stream',
    'type',
    'types',
    'worker',
  ];

  it('every role suffix is one of the known roles', () => {
    const broken = sources.filter((file) => {
      const parts = basename(file, '.ts').split('.');
      const role = isSpec(file) ? 'spec' : parts.length > 1 ? parts[parts.length - 1] : null;
      return role !== null && !ROLES.includes(role);
    });
    expect(broken).toEqual([]);
  });
});

describe('test and demo code stay out of production', () => {
  const barrels = production.filter((file) => file.startsWith('libs/') && file.endsWith('/src/index.ts') && !file.startsWith('libs/demo/'));

  it('no production barrel exports a seed, a mother, a contract suite or demo data', () => {
    const broken = barrels.flatMap((barrel) =>
      [...read(barrel).matchAll(/from '([^']+)'/g)]
        .map((match) => match[1])
        .filter((target) => /\.mother$|\.contract$|contract\/|\.seed$|\/seed\/|demo|cabbalr/i.test(target))
        .map((target) => `${barrel} → ${target}`),
    );
    expect(broken).toEqual([]);
  });

  it('no production library imports the demo libraries', () => {
    const broken = production.filter(
      (file) => file.startsWith('libs/') && !file.startsWith('libs/demo/') && !file.startsWith('libs/topologies/') && /from '@cdv\/demo-/.test(read(file)),
    );
    expect(broken).toEqual([]);
  });

  it('the build leaves specs, mothers, contract suites and the test helpers out of dist/', () => {
    const out = mkdtempSync(join(tmpdir(), 'cdv-build-'));
    try {
      execFileSync(process.execPath, [join(ROOT, 'tools/build.js'), '--out', out], { stdio: 'ignore' });
      const built = filesIn(out);
      expect(built.length).toBeGreaterThan(500);
      expect(built.filter((file) => /\.(spec|mother|contract)\.js$|(^|\/)contract\/|^libs\/testing\//.test(file))).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('deciders', () => {
  it('every decider has a spec beside it', () => {
    const deciders = production.filter((file) => file.endsWith('.decider.ts'));
    const broken = deciders.filter((file) => {
      const name = basename(file, '.decider.ts');
      return !filesUnder(dirname(file)).some((sibling) => new RegExp(`/${name}([.-][^/]*)?\\.(decide|decider)\\.(unit|int)\\.spec\\.ts$`).test(sibling));
    });
    expect(broken).toEqual([]);
    expect(deciders.length).toBeGreaterThan(15);
  });
});

describe('the repository holds what it relies on', () => {
  it('no file cites the design or the research outside the repository (docs/design.md, docs/domain/ hold them)', () => {
    const texts = filesUnder('libs', 'apps', 'test', 'docs', 'tools', 'infra').concat(['README.md', 'eslint.config.mjs', 'jest.config.js']);
    const broken = texts
      .filter((file) => /\.(tsx?|md|mjs|js|ya?ml)$/.test(file) && file !== 'test/architecture/src/architecture.unit.spec.ts')
      .filter((file) => /(\.\.\/)+shared\/(DESIGN|domain|seeds|fixtures)|(?<![\w/.])DESIGN(\.md| §)/.test(read(file)));
    expect(broken).toEqual([]);
  });
});

describe('no dead code', () => {
  it('no export is dead (declared, exported, used nowhere)', () => {
    expect(unusedExports()).toEqual([]);
  });
});

function pascal(folder: string): string {
  return folder
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}
