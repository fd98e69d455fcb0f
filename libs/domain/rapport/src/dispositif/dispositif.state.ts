import type { DefinitionDispositif, DispositifEvent, Operation } from './dispositif.events';

export type DispositifState =
  { statut: 'inexistant' } | { statut: 'defini'; definition: DefinitionDispositif; operations: Record<string, Operation & { annulee: boolean }> };

export const initialDispositifState = (): DispositifState => ({ statut: 'inexistant' });

export function evolveDispositif(state: DispositifState, event: DispositifEvent): DispositifState {
  switch (event.type) {
    case 'DispositifDefini': {
      const { redefinition: _redefinition, ...definition } = event.data;
      return { statut: 'defini', definition, operations: state.statut === 'defini' ? state.operations : {} };
    }
    case 'OperationEnregistree': {
      if (state.statut !== 'defini') return state;
      const { dispositifId: _id, plafondCalcule: _plafond, ...operation } = event.data;
      return { ...state, operations: { ...state.operations, [operation.operationId]: { ...operation, annulee: false } } };
    }
    case 'OperationAnnulee': {
      if (state.statut !== 'defini') return state;
      const operation = state.operations[event.data.operationId];
      return operation ? { ...state, operations: { ...state.operations, [operation.operationId]: { ...operation, annulee: true } } } : state;
    }
  }
}
