// The deprecated schema fields, arguments and enum values the web application's documents still use: graphql's
// NoDeprecatedCustomRule over every `graphql(`…`)` document of apps/web/src (codegen.js fails on any, in both
// modes, so that the web never relies on a name the API is about to remove; docs/api.md « Names »).
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');
const { NoDeprecatedCustomRule, parse, validate } = require('graphql');

/** The `graphql(`…`)` documents of a TypeScript source, with the line each starts on. */
function documentsDuSource(fichier, texte) {
  const source = ts.createSourceFile(fichier, texte, ts.ScriptTarget.Latest, true, fichier.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const documents = [];
  const visiter = (noeud) => {
    if (
      ts.isCallExpression(noeud) &&
      ts.isIdentifier(noeud.expression) &&
      noeud.expression.text === 'graphql' &&
      noeud.arguments.length === 1 &&
      ts.isNoSubstitutionTemplateLiteral(noeud.arguments[0])
    ) {
      const litteral = noeud.arguments[0];
      // the text starts after the backtick, on the literal's own line
      documents.push({ texte: litteral.text, ligne: source.getLineAndCharacterOfPosition(litteral.getStart(source)).line + 1 });
    }
    ts.forEachChild(noeud, visiter);
  };
  visiter(source);
  return documents;
}

/**
 * Every use of a deprecated name in the documents of `sources` ({ fichier, texte }): file, line, the document's
 * operation or fragment name and graphql's message (which names the field or argument and what replaces it).
 * A document that does not parse is left to codegen, which reports it with its own message.
 */
function usagesDeprecies(schema, sources) {
  const usages = [];
  for (const { fichier, texte } of sources) {
    for (const { texte: graphql, ligne } of documentsDuSource(fichier, texte)) {
      let document;
      try {
        document = parse(graphql);
      } catch {
        continue;
      }
      const nom = document.definitions.find((definition) => definition.name)?.name.value ?? '(anonyme)';
      for (const erreur of validate(schema, document, [NoDeprecatedCustomRule])) {
        const position = erreur.locations?.[0];
        usages.push({ fichier, ligne: ligne + (position ? position.line - 1 : 0), document: nom, message: erreur.message });
      }
    }
  }
  return usages;
}

/** The web application's sources that hold documents: apps/web/src without the generated code and the tests. */
function sourcesDuWeb(dossier) {
  const sources = [];
  const parcourir = (courant) => {
    for (const entree of fs.readdirSync(courant, { withFileTypes: true })) {
      const chemin = path.join(courant, entree.name);
      if (entree.isDirectory()) {
        if (entree.name !== 'gql') parcourir(chemin);
      } else if (/\.tsx?$/.test(entree.name) && !/\.spec\.ts$/.test(entree.name)) {
        sources.push({ fichier: chemin, texte: fs.readFileSync(chemin, 'utf8') });
      }
    }
  };
  parcourir(dossier);
  return sources;
}

module.exports = { documentsDuSource, usagesDeprecies, sourcesDuWeb };
