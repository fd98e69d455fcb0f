import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The version of package.json, read once; the build keeps the repository layout so the path holds. */
export const APP_VERSION: string = (() => {
  for (const candidate of [join(__dirname, '../../../package.json'), join(__dirname, '../../../../package.json')]) {
    try {
      const { version } = JSON.parse(readFileSync(candidate, 'utf8')) as { version?: string; name?: string };
      if (version) return version;
    } catch {
      // try the next layout (sources vs dist/)
    }
  }
  return '0.0.0';
})();
