import { RapportModule } from './rapport.module';

/** Rapport annuel types belong to the rapport module: the subgraph that serves it shows them, the others do not. */
export const rapportScope = { registerIn: () => RapportModule };
