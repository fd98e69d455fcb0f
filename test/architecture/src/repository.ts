import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

/** The repository's root (this file is test/architecture/src/repository.ts). */
export const ROOT = join(__dirname, '..', '..', '..');

const SKIPPED = new Set(['node_modules', 'dist', 'tmp', 'coverage', '.nx', '.git', 'data']);

/** Every file under `dirs` (paths relative to the root, with `/`), build output and dependencies left out. */
export function filesUnder(...dirs: string[]): string[] {
  return dirs
    .flatMap((dir) =>
      filesIn(join(ROOT, dir)).map((file) =>
        relative(ROOT, join(ROOT, dir, file))
          .split(sep)
          .join('/'),
      ),
    )
    .sort();
}

/** Every file under an absolute folder, relative to it (with `/`), build output and dependencies left out. */
export function filesIn(folder: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (SKIPPED.has(entry.name)) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else found.push(relative(folder, full).split(sep).join('/'));
    }
  };
  walk(folder);
  return found;
}

export function read(file: string): string {
  return readFileSync(join(ROOT, file), 'utf8');
}

export const isSpec = (file: string): boolean => /\.spec\.tsx?$/.test(file);
export const isTestCode = (file: string): boolean =>
  isSpec(file) || /\.(mother|contract)\.ts$/.test(file) || /(^|\/)contract\//.test(file) || file.startsWith('libs/testing/');

/** The TypeScript sources of the server side: libs, apps but the browser one, tests and benches. */
export function serverSources(): string[] {
  return filesUnder('libs', 'apps', 'test').filter((file) => /\.ts$/.test(file) && !file.endsWith('.d.ts') && !file.startsWith('apps/web/'));
}

/**
 * The names a module exports by declaration (`export function f`, `export const a`, `export class C`, `export { x }`),
 * read with the TypeScript compiler's parser; re-exports (`export * from`, `export { x } from`) are not declarations.
 */
export function declaredExports(file: string): string[] {
  const source = ts.createSourceFile(file, read(file), ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  const names: string[] = [];
  const exported = (node: ts.Node): boolean =>
    ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement)) {
      if (!statement.moduleSpecifier && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
        for (const element of statement.exportClause.elements) names.push(element.name.text);
      }
      continue;
    }
    if (!exported(statement)) continue;
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) if (ts.isIdentifier(declaration.name)) names.push(declaration.name.text);
    } else if (
      (ts.isFunctionDeclaration(statement) ||
        ts.isClassDeclaration(statement) ||
        ts.isInterfaceDeclaration(statement) ||
        ts.isTypeAliasDeclaration(statement) ||
        ts.isEnumDeclaration(statement)) &&
      statement.name
    ) {
      names.push(statement.name.text);
    }
  }
  return names;
}
