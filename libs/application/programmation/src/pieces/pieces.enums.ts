import { registerEnumType } from '@nestjs/graphql';
import { CIBLES_PIECE, ETAPES_PIECE_REQUISE, type CiblePiece, type EtapePieceRequise } from '@cdv/domain-programmation';
import { programmationScope } from '../programmation.graphql-scope';
import { enumOf } from '../shared/programmation.enums';

export const CiblePieceEnum = enumOf<CiblePiece>(CIBLES_PIECE);
registerEnumType(CiblePieceEnum, {
  ...programmationScope,
  name: 'CiblePiece',
  description: 'What a piece justifies: the dossier’s deposit (dossier), its bilan (bilan), or a convention (convention).',
});

export const StatutPieceEnum = enumOf<'active' | 'retiree'>(['active', 'retiree']);
registerEnumType(StatutPieceEnum, {
  ...programmationScope,
  name: 'StatutPiece',
  description: 'active, or retiree (withdrawn with a reason: its file stays for the audit trail, shown to auditors only).',
});

export const EtapePieceRequiseEnum = enumOf<EtapePieceRequise>(ETAPES_PIECE_REQUISE);
registerEnumType(EtapePieceRequiseEnum, {
  ...programmationScope,
  name: 'EtapePieceRequise',
  description: 'When a required piece must be there: before the instruction starts (depot) or before the solde (bilan).',
});
