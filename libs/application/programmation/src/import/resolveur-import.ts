import type { CommuneRef, Tag } from '@cdv/domain-programmation';
import { normaliser } from '@cdv/projections-programmation';
import type { PartenaireConnu, QpvConnu, ReferentielImport } from './import-programmation.types';
import { idDeLibelle, sansArticles } from './valeurs-import';

/** Finds référentiel objects by id, code, SIRET, name or alias, ignoring case, accents and punctuation. */
export class Resolveur {
  private readonly partenaires = new Map<string, PartenaireConnu>();
  private readonly qpvs = new Map<string, QpvConnu>();
  private readonly communes = new Map<string, CommuneRef>();
  private readonly sansCode: Set<string>;
  private readonly dispositifs: readonly Tag[];

  constructor(referentiel: ReferentielImport) {
    for (const p of referentiel.partenaires) for (const key of [p.id, p.nom, p.siret, ...(p.aliases ?? [])]) if (key) this.partenaires.set(normaliser(key), p);
    for (const q of referentiel.qpv) for (const key of [q.id, q.code, q.nom, ...(q.aliases ?? [])]) if (key) this.qpvs.set(normaliser(key), q);
    for (const c of referentiel.communes ?? [])
      for (const key of [c.insee, c.nom, ...(c.aliases ?? [])]) this.communes.set(normaliser(key), { insee: c.insee, nom: c.nom });
    this.sansCode = new Set((referentiel.communesSansCodeInsee ?? []).map(normaliser));
    this.dispositifs = referentiel.dispositifs ?? [];
  }

  dispositif(text: string): Tag {
    const cle = sansArticles(text);
    const connu = this.dispositifs.find((d) => d.id === text.trim() || sansArticles(d.libelle) === cle || sansArticles(d.id) === cle);
    return connu ? { id: connu.id, libelle: connu.libelle === connu.id ? text.trim() : connu.libelle } : { id: idDeLibelle(text), libelle: text.trim() };
  }

  communeSansCode(text: string): boolean {
    return this.sansCode.has(normaliser(text));
  }

  partenaire(text: string): PartenaireConnu | undefined {
    return this.partenaires.get(normaliser(text)) ?? this.partenaires.get(normaliser(text.replace(/\s/g, '')));
  }

  qpv(text: string): QpvConnu | undefined {
    return this.qpvs.get(normaliser(text));
  }

  commune(text: string): CommuneRef | undefined {
    const known = this.communes.get(normaliser(text));
    if (known) return known;
    // An INSEE code is read even without the commune list; its name is then the code until the référentiel names it.
    return /^(\d{5}|2[AB]\d{3})$/.test(text.trim()) ? { insee: text.trim(), nom: text.trim() } : undefined;
  }
}
