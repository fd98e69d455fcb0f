import { InputType } from '@nestjs/graphql';
import { programmationScope } from '../../programmation.graphql-scope';
import { PieceExistanteInput } from '../piece.input';

@InputType({ ...programmationScope, description: 'Withdraws a piece (reason required): it no longer counts; its file stays, shown to auditors only.' })
export class RetirerPieceInput extends PieceExistanteInput {}
