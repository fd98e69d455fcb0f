import { Inject, Injectable } from '@nestjs/common';
import { CommandHandler } from '@cdv/eventsourcing';
import { publicationOpenDataDecider, publicationOpenDataStream, type PublicationOpenDataState } from './publication-open-data.decider';

/** The public path of a published SCDL file: stable, so that data.gouv.fr can harvest it every year. */
export function cheminPublicScdl(tenantId: string, attribuantId: string, annee: number): string {
  return `/open-data/${tenantId}/subventions/${attribuantId}/${annee}.csv`;
}

/** The workspace's open-data setting, read from its stream (a few events): always the current one. */
@Injectable()
export class PublicationOpenData {
  constructor(@Inject(CommandHandler) private readonly handler: CommandHandler) {}

  async lire(tenantId: string): Promise<PublicationOpenDataState & { revision: number }> {
    const { state, revision } = await this.handler.load(publicationOpenDataDecider, publicationOpenDataStream(tenantId));
    return { ...state, revision };
  }

  async publie(tenantId: string, attribuantId: string): Promise<boolean> {
    const { active, attribuants } = await this.lire(tenantId);
    return active && attribuants.includes(attribuantId);
  }
}
