import JSZip from 'jszip';
import { documentDeVersion, lireRapport, type DocumentRapport } from '@cdv/projections-rapport';
import { rendreDocx, rendreHtml } from '@cdv/rendering-rapport';
import { mondeCabbalr2019 } from './cabbalr-2019.mother';

const NBSP = '\u00a0';

/** Texts of a Word XML part, paragraph by paragraph (runs of one paragraph joined). */
function paragraphes(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''))
    .filter(Boolean);
}

/** Cells of each table of the body, as rows of texts. */
function tableaux(xml: string): string[][][] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) =>
    [...t[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) => [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => paragraphes(c[0]).join('\n'))),
  );
}

const desentites = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");

describe('CABBALR 2019: the rapport annuel rendered as DOCX and HTML', () => {
  let document: DocumentRapport;
  let docx: Buffer;
  let xml: string;

  beforeAll(async () => {
    const monde = await mondeCabbalr2019();
    document = documentDeVersion((await lireRapport(await monde.vue(await monde.store.headPosition()), 2019))!);
    docx = await rendreDocx(document);
    xml = desentites(await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string'));
  }, 120_000);

  it('opens as a Word document with its cover « PROJET, arrêté au … », its table of contents and its chapters', async () => {
    const zip = await JSZip.loadAsync(docx);
    expect(Object.keys(zip.files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'docProps/core.xml']));
    const texte = paragraphes(xml);
    expect(texte.slice(0, 4)).toEqual([
      "Communauté d'Agglomération Béthune-Bruay, Artois Lys Romane",
      'Rapport sur la mise en œuvre de la Politique de la Ville',
      'Année de référence 2019',
      'Version « PROJET » du rapport arrêtée au 29 septembre 2020 (version 1)',
    ]);
    expect(texte).toContain('Eric EDOUARD');
    expect(xml).toMatch(/<w:instrText[^>]*>\s*TOC \\o "1-2"/);
    const titres = [...xml.matchAll(/<w:pStyle w:val="Heading1"\/>[\s\S]*?<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(titres).toEqual([
      '2019, une année de transition',
      'La géographie prioritaire',
      'Le cadre stratégique et la feuille de route',
      'La programmation 2019',
      'Les dispositifs de la Communauté',
      'La contribution de la programmation aux objectifs du Contrat de Ville',
      'Accompagnement du Programme National de Renouvellement Urbain',
      'Les bénéficiaires des actions',
      'Engagements et indicateurs',
      'Conclusion et perspectives',
      'Notes sur les chiffres',
      'Annexe 1 – Grille des actions 2019 par priorité',
      'Annexe 2 – Avis des communes et des conseils citoyens',
      'Règles de calcul et traçabilité',
    ]);
    // the table of contents is filled before Word refreshes it
    expect(texte).toContain('Annexe 2 – Avis des communes et des conseils citoyens');
  });

  it('holds section 3’s tables cell by cell, amounts in French (« 1 595 490 € »)', () => {
    const cohesion = tableaux(xml).find((t) => t[0][1] === 'Projets soutenus' && t[1]?.[0] === 'PILIER 1. COHESION SOCIALE')!;
    expect(cohesion[0]).toEqual(['', 'Projets soutenus', 'Porteurs de projets', 'Subventions droit commun', 'Subventions crédits spécifiques Pol Ville']);
    expect(cohesion[1]).toEqual(['PILIER 1. COHESION SOCIALE', '96', '49', `717${NBSP}269${NBSP}€`, `1${NBSP}595${NBSP}490${NBSP}€`]);
    expect(cohesion).toContainEqual(['Education', '23', '12', `295${NBSP}733${NBSP}€`, `773${NBSP}782${NBSP}€`]);
    expect(cohesion).toContainEqual(['Accès aux droits', '5', '4', `53${NBSP}387${NBSP}€`, `26${NBSP}235${NBSP}€`]);
    const emploi = tableaux(xml).find((t) => t[0][1] === 'Projets soutenus' && t[1]?.[0] === 'PILIER 3. EMPLOI, INSERTION ET DEVELOPPEMENT ECONOMIQUE')!;
    expect(emploi[1]).toEqual(['PILIER 3. EMPLOI, INSERTION ET DEVELOPPEMENT ECONOMIQUE', '24', '18', `454${NBSP}883${NBSP}€`, `406${NBSP}645${NBSP}€`]);
    expect(paragraphes(xml)).toContain(
      `10.3 – PRE - Béthune, Bruay-la-Buissière, Divion, Barlin, Marles-les-Mines, Auchel, Calonne-Ricouart, Lillers (PORTEURS DES PROGRAMMES DE RÉUSSITE ÉDUCATIVE) [8 actions]`,
    );
  });

  it('explains the differences in its notes and annexes the avis verbatim', () => {
    const texte = paragraphes(xml).join('\n');
    expect(texte).toContain('127 projets retenus et accompagnés');
    const note = tableaux(xml).find((t) => t[0].join('|') === 'Imprimé|Calculé|Écart|Règle|Source' && t[1][0] === '129 retenus')!;
    expect(note[1].slice(0, 3)).toEqual(['129 retenus', '130', '1']);
    expect(note[1][3]).toMatch(/^Actions déclarées.*Un projet par dossier retenu : 123/);
    expect(texte).toContain('Prend acte : « PREND ACTE du rapport d’activités 2019');
    expect(texte).toContain('Avis favorable : « EMET un avis favorable');
    const destinataires = tableaux(xml).find((t) => t[0].join('|') === 'Destinataire|Type|Avis')!;
    expect(destinataires).toContainEqual(['Conseil citoyen La Fosse 7', 'Conseil citoyen', 'Réputé favorable (pas de réponse à l’échéance)']);
    expect(destinataires).toContainEqual(['Marles-les-Mines', 'Commune', 'Avis favorable (séance du 18/11/2020)']);
  });

  it('draws its charts as PNG images with their alternative text', async () => {
    const zip = await JSZip.loadAsync(docx);
    const images = Object.keys(zip.files).filter((nom) => nom.startsWith('word/media/'));
    expect(images).toHaveLength(3);
    for (const nom of images) {
      const png = await zip.file(nom)!.async('nodebuffer');
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    }
    expect(xml).toMatch(/<wp:docPr [^>]*title="Montants votés par catégorie de financeur"/);
  });

  it('gives the same bytes for the same report: DOCX and HTML', async () => {
    const encore = await rendreDocx(document);
    expect(encore.equals(docx)).toBe(true);
    const html = rendreHtml(document);
    expect(rendreHtml(JSON.parse(JSON.stringify(document)) as DocumentRapport)).toBe(html);
    const core = await (await JSZip.loadAsync(docx)).file('docProps/core.xml')!.async('string');
    expect(core).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${document.etat.arreteAu!.replace(/\.\d{3}Z$/, 'Z')}</dcterms:created>`);
  });

  it('renders an accessible, self-contained HTML page whose figures open into their dossiers', () => {
    const html = rendreHtml(document);
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="fr">/);
    expect(html).not.toMatch(/<script|<link |src="http/);
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    expect(html).toContain('<nav aria-label="Sommaire">');
    expect(html).toMatch(/<svg role="img" aria-labelledby="graphique-financeurs-legende"/);
    expect(html).toContain(`>1${NBSP}595${NBSP}490${NBSP}€<`);
    const education = /<tr><th scope="row">Education<\/th><td class="nombre" data-regle="action_declaree" data-dossiers="([^"]+)">23<\/td>/.exec(html)!;
    expect(education[1].split(' ')).toHaveLength(16);
  });
});
