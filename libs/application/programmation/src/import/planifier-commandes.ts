import { uuidFromName, type CommandMetadata } from '@cdv/eventsourcing';
import { dossierStream, ligneIdDe, type DossierCommand } from '@cdv/domain-programmation';
import { commandIdImport } from './command-id-import';
import type { ImportCommand, ImportProgrammationInput } from './import-programmation.types';
import type { DossierLu } from './lire-dossier';

/**
 * The commands a dossier read from the file calls for, in the order the dossier lived them: deposit, lines
 * asked, instruction, proposals, then the decision (votes and refusals, retenu, or not retenu, ajourné,
 * abandonné). Dossier ids derive from the tenant, year and reference, command ids from what each says.
 */
export function planifierCommandes(
  input: Pick<ImportProgrammationInput, 'tenantId' | 'actor' | 'now' | 'fileName' | 'regles'>,
  fileHash: string,
  dossier: DossierLu,
): ImportCommand[] {
  const { annee, reference, lines, premiere, porteur, titre, description, publics, perimetre, qpv, classement, coutTotal } = dossier;
  const { dateDebut, dateFin, dateDepot, dateDecision, nombreActions, serie, decision, ligneDecision, lignes, appel } = dossier;
  const dossierId = uuidFromName(`${input.tenantId}:dossier:${annee}:${reference}`);
  const stream = dossierStream(input.tenantId, dossierId);
  const metadata = (extra: Partial<CommandMetadata> = {}): CommandMetadata => ({
    tenantId: input.tenantId,
    actor: input.actor,
    source: 'import',
    now: input.now,
    correlationId: `import:${fileHash}`,
    provenance: { document: input.fileName, lines: lines.length > 1 ? `${lines[0]}-${lines[lines.length - 1]}` : String(lines[0]) },
    ...extra,
  });
  const depotTardif = appel.statut !== 'ouvert' || (appel.clotureLe !== undefined && (dateDepot ?? input.now.slice(0, 10)) > appel.clotureLe);
  const out: ImportCommand[] = [];
  const push = (row: number, command: DossierCommand) => {
    command.metadata.commandId = commandIdImport(command);
    out.push({ stream, command, row });
  };
  push(premiere, {
    type: 'DeposerDossier',
    data: {
      dossierId,
      annee,
      porteur: { id: porteur.id, nom: porteur.nom, kind: porteur.kind },
      titre,
      description,
      publics,
      perimetre,
      qpv,
      classement,
      coutTotal,
      dateDebut,
      dateFin,
      nombreActions,
      ...(serie ? { serie } : {}),
      referenceExterne: reference,
      contexte: { appel },
    },
    metadata: metadata({
      ...(dateDepot ? { effectiveAt: dateDepot } : {}),
      ...(depotTardif ? { reason: `Reprise de la programmation ${annee} depuis ${input.fileName}` } : {}),
    }),
  });
  const contexte = input.regles?.length ? { contexte: { regles: input.regles } } : {};
  for (const l of lignes) {
    push(l.row, {
      type: 'DemanderFinancement',
      data: {
        dossierId,
        financeur: l.financeur,
        nature: l.nature,
        modalite: l.modalite,
        ...(l.dispositif ? { dispositif: l.dispositif } : {}),
        montant: l.demande,
        ...contexte,
      },
      metadata: metadata(),
    });
  }
  const instruit = decision !== undefined || lignes.some((l) => l.propose !== undefined || l.vote !== undefined);
  if (!instruit) return out;
  push(premiere, { type: 'MettreEnInstruction', data: { dossierId }, metadata: metadata() });
  const decide = dateDecision ? { effectiveAt: dateDecision } : {};
  for (const l of lignes.filter((x) => x.propose !== undefined && x.modalite === 'numeraire' && (x.propose ?? 0) > 0)) {
    push(l.row, {
      type: 'ProposerFinancement',
      data: { dossierId, ligneId: ligneIdDe(l.financeur.id, l.nature), montant: l.propose ?? 0, ...contexte },
      metadata: metadata(),
    });
  }
  if (decision === 'abandonne') {
    push(premiere, { type: 'AbandonnerDossier', data: { dossierId }, metadata: metadata({ reason: `abandon noté dans ${input.fileName}` }) });
    return out;
  }
  if (decision === 'non_retenu') {
    push(ligneDecision, { type: 'NePasRetenirDossier', data: { dossierId }, metadata: metadata(decide) });
    return out;
  }
  if (decision === 'ajourne') {
    push(ligneDecision, { type: 'AjournerDossier', data: { dossierId }, metadata: metadata(decide) });
    return out;
  }
  for (const l of lignes) {
    if (l.vote === undefined) continue;
    const ligneId = ligneIdDe(l.financeur.id, l.nature);
    if (l.vote > 0 || l.modalite !== 'numeraire') {
      push(l.row, { type: 'VoterFinancement', data: { dossierId, ligneId, montant: l.vote, ...contexte }, metadata: metadata(decide) });
    } else if (decision === 'retenu') {
      // An explicit 0 on a retained dossier is that financeur's refusal.
      push(l.row, { type: 'RefuserFinancement', data: { dossierId, ligneId }, metadata: metadata(decide) });
    }
  }
  if (decision === 'retenu') push(ligneDecision, { type: 'RetenirDossier', data: { dossierId }, metadata: metadata(decide) });
  return out;
}
