import { Query, Resolver } from '@nestjs/graphql';
import { AUDIT_READERS, Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { AuditServices } from '../audit-services';
import type { AuditBrokenLink } from '../services/verification.service';
import { Verification } from './audit.types';

@Resolver()
export class VerificationResolver {
  constructor(private readonly audit: AuditServices) {}

  @Query(() => Verification, {
    description: 'Recomputes every hash chain and every seal of the workspace and names the first broken link.',
  })
  @Permit(...AUDIT_READERS)
  async verification(@Ctx() context: RequestContext): Promise<Verification> {
    const report = await this.audit.verification.verify(context.tenantId);
    const broken = report.firstBroken;
    const maillon = (link: AuditBrokenLink) => ({
      streamId: link.stream.slice(link.stream.indexOf(':') + 1),
      revision: link.revision,
      position: link.position,
      eventId: link.eventId,
      probleme: link.problem,
      message: link.message,
    });
    return {
      ok: report.ok,
      verifieJusqua: report.checkedUpTo,
      fluxVerifies: report.streamsChecked,
      evenementsVerifies: report.eventsChecked,
      sceauxVerifies: report.sealsChecked,
      documentsVerifies: report.documentsChecked,
      premierMaillonRompu: broken ? maillon(broken) : null,
      nombreProblemes: report.problemCount,
      problemes: report.problems.map(maillon),
      dernierSceau: report.lastSeal,
      evenementsApresDernierSceau: report.eventsAfterLastSeal,
    };
  }
}
