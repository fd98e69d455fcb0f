import type { Actor, CommandMetadata } from '@cdv/eventsourcing';
import {
  cadreStream,
  chiffresStream,
  contratStream,
  engagementStream,
  indicateurStream,
  partenaireStream,
  qpvStream,
  territoireStream,
  type EnregistrerPartenaire,
  type ReferentielCommand,
  type RefOrganisation,
} from '@cdv/domain-territoire';
import { normaliserTexte, slug } from '@cdv/shared-kernel';

/** One command of a seed, with the stream it goes to (routed to its decider by the stream category). */
export interface SeedCommand {
  stream: string;
  command: ReferentielCommand;
}

export const SEED_ACTOR: Actor = { userId: 'seed', role: 'system' };
/** Deciders never read the clock for these commands; the application may pass the real time instead. */
export const SEED_NOW = '2024-01-01T00:00:00.000Z';

export interface SeedOptions {
  now?: string;
}

type CommandOf<T extends ReferentielCommand['type']> = Extract<ReferentielCommand, { type: T }>;

interface AddOptions {
  /** Stable key of the fact in the fixture: the commandId is `seed:{tenant}:{key}`, so a re-run appends nothing. */
  key: string;
  /** Line references of the fact in the source document ("L864-871"). */
  lines: string | null;
  reason?: string;
  note?: string;
}

/**
 * Accumulates the commands of one tenant's seed in order, with the metadata every seeded command carries
 * (source import, actor seed/system, provenance), and keeps a registry of the partners it registered so that
 * labels printed elsewhere in the fixture ("Department du Nord", "MEL – Pôle DEVECO…") resolve to them.
 */
export class SeedBuilder {
  readonly commands: SeedCommand[] = [];
  private readonly keys = new Set<string>();
  private readonly partenaires: { id: string; noms: string[] }[] = [];

  constructor(
    readonly tenantId: string,
    /** File name of the seed document, e.g. "001_6b27c45a3e7210a6.txt". */
    readonly document: string,
    private readonly now: string = SEED_NOW,
  ) {}

  /** Id of the document's figures stream: "seed-001" for "001_….txt". */
  get documentId(): string {
    return `seed-${this.document.slice(0, 3)}`;
  }

  add<T extends ReferentielCommand['type']>(stream: string, type: T, data: CommandOf<T>['data'], options: AddOptions): void {
    if (this.keys.has(options.key)) throw new Error(`seed ${this.tenantId}: key ${options.key} is used twice`);
    this.keys.add(options.key);
    const metadata: CommandMetadata = {
      tenantId: this.tenantId,
      actor: SEED_ACTOR,
      source: 'import',
      now: this.now,
      commandId: `seed:${this.tenantId}:${options.key}`,
      provenance: {
        document: this.document,
        ...(options.lines ? { lines: options.lines } : {}),
        ...(options.note ? { note: options.note } : {}),
      },
      ...(options.reason ? { reason: options.reason } : {}),
    };
    this.commands.push({ stream, command: { type, data, metadata } as CommandOf<T> });
  }

  get territoire(): string {
    return territoireStream(this.tenantId);
  }
  qpv(id: string): string {
    return qpvStream(this.tenantId, id);
  }
  partenaire(id: string): string {
    return partenaireStream(this.tenantId, id);
  }
  contrat(id: string): string {
    return contratStream(this.tenantId, id);
  }
  cadre(id: string): string {
    return cadreStream(this.tenantId, id);
  }
  engagement(id: string): string {
    return engagementStream(this.tenantId, id);
  }
  indicateur(id: string): string {
    return indicateurStream(this.tenantId, id);
  }
  get chiffres(): string {
    return chiffresStream(this.tenantId, this.documentId);
  }

  /**
   * Registers a partner once: a second registration whose name or alias is already known returns the first id
   * (the CABBALR porteur list prints four associations twice). The id is derived from the name unless given.
   */
  enregistrerPartenaire(data: Omit<EnregistrerPartenaire['data'], 'partenaireId'> & { partenaireId?: string }, lines: string | null): string {
    const noms = [data.nom, ...(data.alias ?? [])];
    const known = this.partenaires.find((p) => noms.some((nom) => p.noms.includes(normaliserTexte(nom))));
    if (known) return known.id;
    let id = data.partenaireId ?? slug(data.nom, 48);
    if (this.partenaires.some((p) => p.id === id)) id = `${id}-${this.partenaires.length}`;
    this.partenaires.push({ id, noms: noms.map(normaliserTexte) });
    this.add(this.partenaire(id), 'EnregistrerPartenaire', { ...data, partenaireId: id }, { key: `partenaire:${id}`, lines });
    return id;
  }

  /**
   * The registered partner a printed label names: by name or alias, or as a unit of it ("MEL – Pôle DEVECO-Emploi",
   * "Etat PV" are units of MEL and of the Etat). null when no registered partner matches; the label stays verbatim.
   */
  resoudre(label: string): string | null {
    const normalised = normaliserTexte(label);
    const exact = this.partenaires.find((p) => p.noms.includes(normalised));
    if (exact) return exact.id;
    const unit = this.partenaires.find((p) => p.noms.some((nom) => nom.length >= 3 && normalised.startsWith(`${nom} `)));
    return unit?.id ?? null;
  }

  organisation(label: string): RefOrganisation {
    return { partenaireId: this.resoudre(label), libelle: label };
  }
}

/** "L904" / "L906-908, L1142-1143" / ["L864-871", "L90-91"] / 993 / [872, 899] → one line-reference string. */
export function lignes(src: string | number | ReadonlyArray<string | number> | null | undefined): string | null {
  if (src === null || src === undefined) return null;
  const parts = (Array.isArray(src) ? src : [src]).map((part) => (typeof part === 'number' ? `L${part}` : String(part).trim()));
  return parts.length > 0 ? parts.join(', ') : null;
}

/** Strips the document prefix of MEL/CAHC references ("000:L11,L103" → "L11,L103"). */
export function lignesSansDocument(ref: string | null | undefined): string | null {
  if (!ref) return null;
  return ref.replace(/\b\d{3}:/g, '');
}
