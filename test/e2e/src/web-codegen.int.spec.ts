import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The web application's typed GraphQL documents (apps/web/src/gql) are generated from docs/schema.graphql: this
 * fails when a document of a screen no longer validates against the schema, uses a deprecated field, argument or
 * enum value (apps/web/tools/usages-deprecies.js), or when the committed generated files differ from what codegen
 * produces (run `npm run web:codegen`). ADR 0015.
 */
describe('web application GraphQL documents', () => {
  it('validate against docs/schema.graphql, use no deprecated name, and the committed generated types are up to date', () => {
    const script = join(__dirname, '../../../apps/web/tools/codegen.js');
    let output = '';
    try {
      output = execFileSync(process.execPath, [script, '--check'], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      const failure = error as { stdout?: string; stderr?: string };
      throw new Error(`web codegen check failed:\n${failure.stdout ?? ''}${failure.stderr ?? ''}`);
    }
    expect(output).toMatch(/files up to date/);
  });
});
