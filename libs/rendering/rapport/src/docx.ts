import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import JSZip from 'jszip';
import type { DocumentRapport } from '@cdv/projections-rapport';
import { contenuDuRapport, LIBELLE_STATUT, type Bloc, type Cellule, type ContenuRapport } from './contenu';
import { graphiqueSvg, hauteurGraphique, svgEnPng, TAILLE_GRAPHIQUE } from './graphiques';

const POLICE = 'Arial';
const NIVEAUX = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/**
 * The rapport annuel as an editable Word document (the EPCI edits it before its council): cover, table of contents,
 * every block, the charts as images with their alternative text, the annexed avis. Deterministic: the same document
 * gives the same bytes (docs/adr/0017-rendu-rapport-deterministe.md).
 */
export async function rendreDocx(document: DocumentRapport): Promise<Buffer> {
  const contenu = contenuDuRapport(document);
  const doc = new Document({
    creator: contenu.couverture.epci,
    lastModifiedBy: contenu.couverture.epci,
    title: `${contenu.couverture.titre} – ${contenu.couverture.annee}`,
    description: contenu.couverture.statut,
    revision: document.etat.version ?? 1,
    features: { updateFields: true },
    styles: {
      default: { document: { run: { font: POLICE, size: 20 } }, heading1: { run: { font: POLICE, size: 30, bold: true, color: '1D4E89' } } },
    },
    sections: [
      { children: couverture(contenu) },
      {
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ text: `${contenu.couverture.annee} – ${LIBELLE_STATUT[document.etat.statut]}`, size: 16 })],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES], size: 16 })],
              }),
            ],
          }),
        },
        children: [sommaire(contenu), ...contenu.blocs.flatMap(bloc)],
      },
    ],
  });
  return normaliserZip(await Packer.toBuffer(doc), contenu.horodatage);
}

function couverture(contenu: ContenuRapport): Paragraph[] {
  const c = contenu.couverture;
  const ligne = (text: string, options: { size: number; bold?: boolean; espace?: number }) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: options.espace ?? 240 },
      children: [new TextRun({ text, size: options.size, bold: options.bold ?? false })],
    });
  return [
    ligne(c.epci, { size: 32, bold: true, espace: 1200 }),
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: c.titre })] }),
    ligne(c.annee, { size: 28, bold: true, espace: 1200 }),
    ligne(c.statut, { size: 24, bold: true }),
    ...c.signature.map((s) => ligne(s, { size: 20, espace: 60 })),
  ];
}

/** The TOC field, pre-filled with the headings (Word refreshes the page numbers when it opens the file). */
function sommaire(contenu: ContenuRapport): TableOfContents {
  const entrees = contenu.blocs.flatMap((b) => (b.type === 'titre' && b.niveau <= 2 ? [{ title: b.texte, level: b.niveau }] : []));
  return new TableOfContents('Sommaire', { headingStyleRange: '1-2', cachedEntries: entrees });
}

function bloc(b: Bloc): FileChild[] {
  switch (b.type) {
    case 'titre':
      return [new Paragraph({ heading: NIVEAUX[b.niveau], children: [new TextRun({ text: b.texte })] })];
    case 'paragraphe':
      return [
        new Paragraph({
          spacing: { after: 120 },
          children: [
            new TextRun({
              text: b.texte,
              italics: b.style === 'source' || b.style === 'note',
              bold: b.style === 'mise-en-avant',
              size: b.style === 'source' ? 16 : undefined,
            }),
          ],
        }),
      ];
    case 'liste':
      return b.elements.map((texte) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: texte })] }));
    case 'tableau':
      return [tableau(b), new Paragraph({ spacing: { after: 200 }, children: [new TextRun({ text: b.legende, italics: true, size: 16 })] })];
    case 'graphique': {
      const png = svgEnPng(graphiqueSvg(b.serie));
      const hauteur = Math.round((hauteurGraphique(b.serie) * 560) / TAILLE_GRAPHIQUE.largeur);
      const description = b.serie.categories.map((categorie, i) => `${categorie} : ${b.serie.valeurs[i]}`).join(' ; ');
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [
            new ImageRun({
              type: 'png',
              data: png,
              transformation: { width: 560, height: hauteur },
              altText: { name: b.ancre, title: b.legende, description },
            }),
          ],
        }),
        new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [new TextRun({ text: b.legende, italics: true, size: 16 })] }),
      ];
    }
    case 'saut-de-page':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

function cellule(contenu: Cellule | string, entete = false): TableCell {
  const cell = typeof contenu === 'string' ? { texte: contenu } : contenu;
  return new TableCell({
    ...(entete ? { shading: { type: ShadingType.CLEAR, fill: 'DCE6F2', color: 'auto' } } : {}),
    children: cell.texte.split('\n').map(
      (ligne) =>
        new Paragraph({
          alignment: cell.nombre ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text: ligne, bold: entete || cell.gras === true, size: 18 })],
        }),
    ),
  });
}

function tableau(b: Extract<Bloc, { type: 'tableau' }>): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: b.entetes.map((e) => cellule(e, true)) }),
      ...b.lignes.map((ligne) => new TableRow({ cantSplit: true, children: ligne.map((c) => cellule(c)) })),
    ],
  });
}

/**
 * docx stamps the current time in docProps/core.xml and on every zip entry: both are set to the report's own
 * instant, entries written in a fixed order with fixed compression, so the archive depends on the report only.
 */
export async function normaliserZip(docx: Buffer, horodatage: string): Promise<Buffer> {
  const source = await JSZip.loadAsync(docx);
  const date = new Date(Math.max(Date.parse(horodatage), Date.parse('1980-01-01T00:00:00.000Z')));
  const instant = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const cible = new JSZip();
  const noms = Object.keys(source.files)
    .filter((nom) => !source.files[nom].dir)
    .sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  for (const nom of noms) {
    let contenu: Uint8Array | string = await source.files[nom].async('uint8array');
    if (nom === 'docProps/core.xml') {
      contenu = Buffer.from(contenu)
        .toString('utf8')
        .replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${instant}$2`);
    }
    cible.file(nom, contenu, { date, createFolders: false });
  }
  return cible.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
    platform: 'DOS',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  });
}
