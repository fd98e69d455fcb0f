import { Query, Resolver, Args } from '@nestjs/graphql';
import { AsOfArgs } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { TOUS_LECTEURS } from '../shared/acces';
import { ContexteProgrammation } from '../shared/contexte.service';
import { ReglesFinancement, toRegle } from './regles.types';

/** The financing rules: public to every role of the workspace (porteurs apply under them). */
@Resolver(() => ReglesFinancement)
export class ReglesFinancementResolver {
  constructor(private readonly contexte: ContexteProgrammation) {}

  @Query(() => ReglesFinancement, { description: 'The workspace’s financing rules, now or as of a past point.' })
  @Permit(...TOUS_LECTEURS)
  async reglesFinancement(@Ctx() context: RequestContext, @Args() at: AsOfArgs): Promise<ReglesFinancement> {
    const { regles, version } = await this.contexte.reglesAu(context.tenantId, at);
    return { version, regles: regles.map(toRegle) };
  }
}
