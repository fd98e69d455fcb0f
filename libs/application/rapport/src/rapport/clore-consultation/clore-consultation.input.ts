import { InputType } from '@nestjs/graphql';
import { rapportScope } from '../../rapport.graphql-scope';
import { RapportCommandInput } from '../rapport.inputs';

@InputType({ ...rapportScope, description: 'Closes the consultation at its deadline (or once every recipient answered): the silent ones count as favourable.' })
export class CloreConsultationInput extends RapportCommandInput {}
