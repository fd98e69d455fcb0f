import { Module } from '@nestjs/common';
import { ContexteProgrammation } from '../shared/contexte.service';
import { DossierReactions } from './dossier-reactions.service';
import { ProgrammationReactor } from './programmation-reactor';

/**
 * The process manager: synchronous dispatch for the mutations, and the catch-up reactor wherever projections run
 * (it is imported by ProgrammationReadModelsModule, which every app serving or projecting programmation imports,
 * the projector included).
 */
@Module({
  providers: [ContexteProgrammation, DossierReactions, ProgrammationReactor],
  exports: [ContexteProgrammation, DossierReactions],
})
export class ProgrammationReactionsModule {}
