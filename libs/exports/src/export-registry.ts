import { Injectable } from '@nestjs/common';
import { decrireColonnes } from './colonnes';
import { FORMATS_EXPORT, type DefinitionExport } from './definition';

/** Parameters every export takes, documented once (`GET /exports`). */
export const PARAMETRES_COMMUNS = [
  { nom: 'asOf', description: 'Answer as the platform knew it at this instant (ISO 8601 with a time zone), as the GraphQL queries do.' },
  { nom: 'asOfPosition', description: 'Answer as of this global position of the event log.' },
  { nom: 'columns', description: 'Column ids, comma-separated or repeated, in the order wanted; the default set when absent.' },
  { nom: 'dates', description: 'fr (default): dd/mm/yyyy and Paris time; iso: ISO 8601.', valeurs: ['fr', 'iso'] },
  { nom: 'entetes', description: 'libelles (default): readable headers; ids: the column ids.', valeurs: ['libelles', 'ids'] },
] as const;

/**
 * The exports this process serves: each context module registers its own (programmation, audit), so that a
 * subgraph service serves the exports of the data it holds and the embedded app serves them all.
 */
@Injectable()
export class ExportRegistry {
  private readonly definitions = new Map<string, DefinitionExport>();

  enregistrer(...definitions: DefinitionExport[]): void {
    for (const definition of definitions) {
      if (this.definitions.has(definition.nom)) throw new Error(`export "${definition.nom}" is registered twice`);
      this.definitions.set(definition.nom, definition);
    }
  }

  trouver(nom: string): DefinitionExport | null {
    return this.definitions.get(nom) ?? null;
  }

  noms(): string[] {
    return [...this.definitions.keys()].sort();
  }

  /** What `GET /exports` answers: every export, its roles, parameters and columns. */
  catalogue() {
    return {
      formats: FORMATS_EXPORT,
      parametresCommuns: PARAMETRES_COMMUNS,
      exports: [...this.definitions.values()]
        .sort((a, b) => a.nom.localeCompare(b.nom))
        .map((definition) => ({
          nom: definition.nom,
          titre: definition.titre,
          description: definition.description,
          miroir: definition.miroir,
          roles: definition.roles,
          url: `/exports/${definition.nom}.{csv|xlsx}`,
          parametres: definition.parametres,
          tableaux: Object.entries(definition.catalogues).map(([nom, colonnes]) => ({ nom, colonnes: decrireColonnes(colonnes) })),
        })),
    };
  }
}
