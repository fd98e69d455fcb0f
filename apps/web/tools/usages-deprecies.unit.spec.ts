import { buildSchema } from 'graphql';
import { usagesDeprecies } from './usages-deprecies';

/**
 * The web application uses no deprecated name of the API: apps/web/tools/codegen.js fails (in both modes, so in
 * `npm test` through web-codegen.int.spec.ts) on any use this check finds. Given a schema with deprecated names,
 * when a screen's document uses them, then each use is reported with its file, line, document and field.
 */
const schema = buildSchema(`
  type Query {
    journal(filtre: String @deprecated(reason: "Use filter."), filter: String): Journal
  }
  type Journal {
    evenements: [String!]! @deprecated(reason: "Use edges { node }.")
    edges: [String!]!
  }
`);

describe('deprecated names in the web documents', () => {
  it('reports each deprecated field and argument with the document that uses it and where', () => {
    const texte = [
      `import { graphql } from '../../gql';`,
      ``,
      `const JournalQuery = graphql(\``,
      `  query Journal($filtre: String) {`,
      `    journal(filtre: $filtre) {`,
      `      evenements`,
      `    }`,
      `  }`,
      `\`);`,
    ].join('\n');
    expect(usagesDeprecies(schema, [{ fichier: 'screens/Journal.tsx', texte }])).toEqual([
      { fichier: 'screens/Journal.tsx', ligne: 5, document: 'Journal', message: expect.stringMatching(/argument "filtre" is deprecated\. Use filter\./) },
      {
        fichier: 'screens/Journal.tsx',
        ligne: 6,
        document: 'Journal',
        message: expect.stringMatching(/Journal\.evenements is deprecated\. Use edges \{ node \}\./),
      },
    ]);
  });

  it('reports nothing for documents that use the current names, and leaves other calls and unparsable text to codegen', () => {
    const texte = [
      `const A = graphql(\`query Courant { journal(filter: "x") { edges } }\`);`,
      `const B = autre(\`query Ignore { journal(filtre: "x") { evenements } }\`);`,
      `const C = graphql(\`query Casse {\`);`,
    ].join('\n');
    expect(usagesDeprecies(schema, [{ fichier: 'ecran.tsx', texte }])).toEqual([]);
  });
});
