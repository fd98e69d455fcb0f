import { declaredExports, filesUnder, isSpec, read, serverSources } from './repository';

/**
 * Dead exports: a name a module exports that nothing uses, neither another file of the repository (code, specs,
 * the browser application, the tools) nor its own module beyond its declaration. Mentions are counted by
 * identifier, so a name used elsewhere for something else hides a dead export (the check is lenient), but a
 * reported one is certainly dead: delete it. (A type or helper a module uses itself may stay exported: it is part
 * of the module's signatures.)
 */
export function unusedExports(): Array<{ file: string; name: string }> {
  const everything = [...serverSources(), ...filesUnder('apps/web/src', 'tools').filter((file) => /\.(tsx?|js|mjs)$/.test(file))];
  const filesByWord = new Map<string, Set<string>>();
  for (const file of everything) {
    for (const word of new Set(read(file).match(/[A-Za-z_$][\w$]*/g) ?? [])) {
      const files = filesByWord.get(word) ?? new Set<string>();
      files.add(file);
      filesByWord.set(word, files);
    }
  }
  const unused: Array<{ file: string; name: string }> = [];
  for (const file of serverSources().filter((candidate) => !isSpec(candidate))) {
    for (const name of declaredExports(file)) {
      const users = filesByWord.get(name) ?? new Set<string>();
      const elsewhere = [...users].some((user) => user !== file);
      if (!elsewhere && occurrences(read(file), name) <= 1) unused.push({ file, name });
    }
  }
  return unused;
}

function occurrences(text: string, name: string): number {
  return text.match(new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`, 'g'))?.length ?? 0;
}
