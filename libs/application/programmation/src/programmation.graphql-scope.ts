import { ProgrammationModule } from './programmation.module';

/** Programmation types belong to the programmation module: its subgraph shows them, the others do not. */
export const programmationScope = { registerIn: () => ProgrammationModule };
