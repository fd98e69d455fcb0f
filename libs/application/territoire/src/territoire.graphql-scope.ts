import { TerritoireModule } from './territoire.module';

/** Territoire types belong to the territoire module: its subgraph shows them, the others do not (ADR 0007). */
export const territoireScope = { registerIn: () => TerritoireModule };
