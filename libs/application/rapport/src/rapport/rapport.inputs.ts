import { Field, InputType, Int } from '@nestjs/graphql';
import { CommandInput } from '@cdv/graphql-common';

/** What every command of the report carries: the year of its stream `rapport-{annee}`. */
@InputType({ isAbstract: true })
export abstract class RapportCommandInput extends CommandInput {
  @Field(() => Int, { description: 'The year the report is about (its stream rapport-{annee}).' })
  annee: number;
}
