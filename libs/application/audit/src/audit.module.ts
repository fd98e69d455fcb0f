import { Module } from '@nestjs/common';

/** The audit context's GraphQL API: history, journal, verification, seals. */
@Module({
  providers: [],
})
export class AuditModule {}
