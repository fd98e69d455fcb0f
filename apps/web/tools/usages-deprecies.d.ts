import type { GraphQLSchema } from 'graphql';

export interface SourceWeb {
  fichier: string;
  texte: string;
}
export interface UsageDeprecie {
  fichier: string;
  ligne: number;
  document: string;
  message: string;
}
export function documentsDuSource(fichier: string, texte: string): Array<{ texte: string; ligne: number }>;
export function usagesDeprecies(schema: GraphQLSchema, sources: SourceWeb[]): UsageDeprecie[];
export function sourcesDuWeb(dossier: string): SourceWeb[];
