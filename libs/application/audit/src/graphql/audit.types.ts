import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar, JsonScalar, PageInfo } from '@cdv/graphql-common';
import { auditScope } from '../audit.graphql-scope';

@ObjectType('AuditActor', { ...auditScope, description: 'Who did it: user, role at the time, organisation acted for.' })
export class AuditActorType {
  @Field()
  userId: string;

  @Field()
  role: string;

  @Field(() => String, { nullable: true })
  organisationId: string | null;
}

@ObjectType({ ...auditScope, description: 'One event as auditors read it: who, when (recorded and effective), why, and its hash.' })
export class EvenementAudite {
  @Field()
  eventId: string;

  @Field()
  type: string;

  @Field({ description: 'Readable label of the event type.' })
  libelle: string;

  @Field({ description: 'Stream without the tenant prefix, e.g. "dossier-42".' })
  streamId: string;

  @Field(() => Int)
  revision: number;

  @Field(() => Int, { description: 'Global position in the workspace’s log.' })
  position: number;

  @Field(() => AuditActorType)
  acteur: AuditActorType;

  @Field(() => DateTimeScalar)
  enregistreLe: string;

  @Field(() => DateTimeScalar, { nullable: true })
  effectifLe: string | null;

  @Field(() => String, { nullable: true, description: 'Why, as the author said it (the command’s reason).' })
  reason: string | null;

  @Field(() => String, { nullable: true, deprecationReason: 'Use reason (the same value; plumbing words are English, docs/api.md « Names »).' })
  motif: string | null;

  @Field()
  source: string;

  @Field(() => String, { nullable: true })
  commandId: string | null;

  @Field(() => String, { nullable: true })
  correlationId: string | null;

  @Field(() => String, { nullable: true })
  causationId: string | null;

  @Field(() => String, { nullable: true })
  prevHash: string | null;

  @Field()
  hash: string;

  @Field(() => JsonScalar, { description: 'The payload as recorded (amounts in integer cents, as every event holds them).' })
  donnees: unknown;
}

@ObjectType({ ...auditScope, description: 'A field the event changed: path, and the value before and after.' })
export class ChangementDeChamp {
  @Field()
  chemin: string;

  @Field({ description: 'added | removed | changed' })
  nature: string;

  @Field(() => JsonScalar, { nullable: true, description: 'The value before; amounts in euros as `Montant` writes them ("31000.00").' })
  avant: unknown;

  @Field(() => JsonScalar, { nullable: true, description: 'The value after; amounts in euros as `Montant` writes them ("31000.00").' })
  apres: unknown;
}

@ObjectType(auditScope)
export class EntreeHistorique extends EvenementAudite {
  @Field(() => [ChangementDeChamp])
  changements: ChangementDeChamp[];

  @Field({ description: '"state": diff of the aggregate’s state; "payload": fields of the event (no decider known).' })
  baseDuDiff: string;
}

@ObjectType({ ...auditScope, description: 'One event of the journal and its cursor (resume after it).' })
export class JournalEdge {
  @Field()
  cursor: string;

  @Field(() => EvenementAudite)
  node: EvenementAudite;
}

/**
 * The journal as a Relay connection, like every list (docs/api.md). Its cursors are global positions, so a consumer
 * resumes from `pageInfo.endCursor` and sees every later matching event exactly once. No `totalCount`: the journal is
 * a feed, and counting it would scan the whole log. The fields of the former `PageJournal` stay, deprecated.
 */
@ObjectType({ ...auditScope, description: 'The workspace’s change feed, a Relay connection by global position.' })
export class JournalConnection {
  @Field(() => [JournalEdge])
  edges: JournalEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => [EvenementAudite], { deprecationReason: 'Use edges { node }.' })
  evenements: EvenementAudite[];

  @Field({ deprecationReason: 'Use pageInfo { endCursor }.' })
  endCursor: string;

  @Field({ deprecationReason: 'Use pageInfo { hasNextPage }.' })
  hasNextPage: boolean;
}

@InputType({ ...auditScope, description: 'Criteria of the journal; every one given must hold.' })
export class JournalFilter {
  @Field(() => String, { nullable: true })
  userId?: string | null;

  @Field(() => String, { nullable: true })
  organisationId?: string | null;

  @Field(() => [String], { nullable: true })
  types?: string[] | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Recorded at or after.' })
  enregistreDepuis?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Recorded before.' })
  enregistreAvant?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Effective (business date) at or after.' })
  effectifDepuis?: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  effectifAvant?: string | null;

  @Field(() => String, { nullable: true, description: 'A stream, e.g. "dossier-42".' })
  streamId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The dossier’s own events and every event concerning it: the comité decisions and conventions naming it, a deposit carrying it on.',
  })
  dossierId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Events concerning this financeur (partenaire id): its lines at every stage, its envelopes, its votes in comités, conventions it signs.',
  })
  financeurId?: string | null;
}

/** The former name of JournalFilter (argument `filtre`, deprecated): same fields. */
@InputType({ ...auditScope, description: 'Former name of JournalFilter (of the deprecated argument journal(filtre:)).' })
export class FiltreJournal extends JournalFilter {}

@ObjectType(auditScope)
export class MaillonRompu {
  @Field()
  streamId: string;

  @Field(() => Int)
  revision: number;

  @Field(() => Int)
  position: number;

  @Field(() => String, { nullable: true })
  eventId: string | null;

  @Field({ description: 'hash_mismatch, prev_hash_mismatch, revision_gap, seal_root_mismatch, document_altered, document_missing…' })
  probleme: string;

  @Field()
  message: string;
}

@ObjectType(auditScope)
export class SceauResume {
  @Field(() => Int)
  numero: number;

  @Field(() => Int)
  position: number;

  @Field()
  racine: string;

  @Field(() => DateTimeScalar)
  poseLe: string;
}

@ObjectType({ ...auditScope, description: 'Result of recomputing every hash chain and every seal of the workspace.' })
export class Verification {
  @Field()
  ok: boolean;

  @Field(() => Int)
  verifieJusqua: number;

  @Field(() => Int)
  fluxVerifies: number;

  @Field(() => Int)
  evenementsVerifies: number;

  @Field(() => Int)
  sceauxVerifies: number;

  @Field(() => Int, { description: 'Files of pièces justificatives hashed again against the events that recorded them.' })
  documentsVerifies: number;

  @Field(() => MaillonRompu, { nullable: true, description: 'The first broken link, in log order.' })
  premierMaillonRompu: MaillonRompu | null;

  @Field(() => Int)
  nombreProblemes: number;

  @Field(() => [MaillonRompu], { description: 'Every problem found, in the order found (the first 100).' })
  problemes: MaillonRompu[];

  @Field(() => SceauResume, { nullable: true })
  dernierSceau: SceauResume | null;

  @Field(() => Int, { description: 'Events recorded after the last seal (chained, not sealed yet).' })
  evenementsApresDernierSceau: number;
}

@ObjectType(auditScope)
export class SceauPosePayload {
  @Field({ description: 'False when nothing changed since the last seal: nothing was written.' })
  scelle: boolean;

  @Field(() => Int, { description: 'Global position the seal covers.' })
  position: number;

  @Field(() => SceauResume, { nullable: true })
  sceau: SceauResume | null;
}

@ObjectType({ ...auditScope, description: 'One change to a year’s programmation between two instants, with its author and reason.' })
export class ChangementProgrammation extends EntreeHistorique {
  @Field(() => String, { nullable: true })
  dossierId: string | null;

  @Field(() => String, { nullable: true })
  titre: string | null;
}

@ObjectType(auditScope)
export class DiffProgrammation {
  @Field(() => Int)
  annee: number;

  @Field(() => DateTimeScalar)
  depuis: string;

  @Field(() => DateTimeScalar)
  jusqua: string;

  @Field(() => Int)
  dossiersModifies: number;

  @Field(() => [ChangementProgrammation])
  changements: ChangementProgrammation[];
}
