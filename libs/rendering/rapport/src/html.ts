import type { DocumentRapport } from '@cdv/projections-rapport';
import { contenuDuRapport, LIBELLE_STATUT, type Bloc, type Cellule } from './contenu';
import { graphiqueSvg } from './graphiques';

/**
 * The rapport annuel as one self-contained HTML page (no script, no external resource) for the web application's
 * preview and download: one `h1`, chapters as `h2`, tables with captions and column headers, charts as inline SVG
 * with a text alternative (each chart follows the table that holds its figures). A figure cell carries
 * `data-regle` and `data-dossiers`, so the application can open it into its dossiers.
 */
export function rendreHtml(document: DocumentRapport): string {
  const contenu = contenuDuRapport(document);
  const c = contenu.couverture;
  const sommaire = contenu.blocs
    .filter((b): b is Extract<Bloc, { type: 'titre' }> => b.type === 'titre' && b.niveau === 1)
    .map((b) => `<li><a href="#${attr(b.ancre)}">${texte(b.texte)}</a></li>`)
    .join('');
  return [
    '<!DOCTYPE html>',
    '<html lang="fr">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${texte(`${c.titre} – ${c.annee} – ${c.epci}`)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<header class="couverture">',
    `<p class="epci">${texte(c.epci)}</p>`,
    `<h1>${texte(c.titre)}</h1>`,
    `<p class="annee">${texte(c.annee)}</p>`,
    `<p class="statut" data-statut="${attr(document.etat.statut)}"><strong>${texte(LIBELLE_STATUT[document.etat.statut])}</strong> – ${texte(c.statut)}</p>`,
    ...c.signature.map((s) => `<p class="signature">${texte(s)}</p>`),
    '</header>',
    `<nav aria-label="Sommaire"><h2 id="sommaire">Sommaire</h2><ol>${sommaire}</ol></nav>`,
    '<main>',
    ...contenu.blocs.map(bloc),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function bloc(b: Bloc): string {
  switch (b.type) {
    case 'titre': {
      const niveau = b.niveau + 1;
      return `<h${niveau} id="${attr(b.ancre)}">${texte(b.texte)}</h${niveau}>`;
    }
    case 'paragraphe':
      return `<p${b.style ? ` class="${b.style}"` : ''}>${texte(b.texte)}</p>`;
    case 'liste':
      return `<ul>${b.elements.map((e) => `<li>${texte(e)}</li>`).join('')}</ul>`;
    case 'tableau':
      return [
        '<div class="tableau"><table>',
        `<caption>${texte(b.legende)}</caption>`,
        `<thead><tr>${b.entetes.map((e) => `<th scope="col">${texte(e)}</th>`).join('')}</tr></thead>`,
        `<tbody>${b.lignes.map((ligne) => `<tr>${ligne.map((cell, i) => cellule(cell, i === 0)).join('')}</tr>`).join('')}</tbody>`,
        '</table></div>',
      ].join('');
    case 'graphique': {
      const id = `${b.ancre}-legende`;
      const description = b.serie.categories.map((cat, i) => `${cat} : ${b.serie.valeurs[i]}`).join(' ; ');
      const svg = graphiqueSvg(b.serie).replace(
        /^<svg /,
        `<svg role="img" aria-labelledby="${attr(id)}" aria-describedby="${attr(`${b.ancre}-description`)}" `,
      );
      return `<figure id="${attr(b.ancre)}">${svg}<figcaption id="${attr(id)}">${texte(b.legende)}</figcaption><p class="visuellement-cache" id="${attr(`${b.ancre}-description`)}">${texte(description)}</p></figure>`;
    }
    case 'saut-de-page':
      return '<hr class="saut-de-page">';
  }
}

function cellule(c: Cellule, premiere: boolean): string {
  const attributs = [
    c.nombre ? 'class="nombre"' : '',
    c.regle ? `data-regle="${attr(c.regle)}"` : '',
    c.dossiers?.length ? `data-dossiers="${attr(c.dossiers.join(' '))}"` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const balise = premiere && !c.nombre ? 'th scope="row"' : 'td';
  const contenu = c.texte.split('\n').map(texte).join('<br>');
  return `<${balise}${attributs ? ` ${attributs}` : ''}>${c.gras ? `<strong>${contenu}</strong>` : contenu}</${balise.split(' ')[0]}>`;
}

function texte(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attr(s: string): string {
  return texte(s).replace(/"/g, '&quot;');
}

const STYLE = [
  'body{font-family:"DejaVu Sans",Arial,sans-serif;color:#1f2933;line-height:1.5;max-width:60rem;margin:0 auto;padding:1rem}',
  '.couverture{text-align:center;border-bottom:2px solid #1d4e89;padding:2rem 0}',
  '.epci{font-size:1.4rem;font-weight:bold}.annee{font-size:1.2rem}',
  'h1{color:#1d4e89}h2{color:#1d4e89;border-bottom:1px solid #c9d3df;margin-top:2.5rem}',
  '.tableau{overflow-x:auto}table{border-collapse:collapse;width:100%;margin:1rem 0}',
  'caption{text-align:left;font-style:italic;padding:.25rem 0}th,td{border:1px solid #c9d3df;padding:.3rem .5rem;vertical-align:top}',
  'thead th{background:#dce6f2}th[scope=row]{font-weight:normal;text-align:left}.nombre{text-align:right;white-space:nowrap}',
  '.source{font-size:.85rem;font-style:italic;color:#52606d}.note{font-style:italic}.mise-en-avant{font-weight:bold}',
  'figure{margin:1rem 0;text-align:center}figure svg{max-width:100%;height:auto}',
  '.visuellement-cache{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}',
  '.saut-de-page{border:0;margin:2rem 0}a{color:#1d4e89}',
  '@media print{.saut-de-page{page-break-after:always}nav{page-break-after:always}}',
].join('');
