import { luhnValide } from '@cdv/shared-kernel';

/**
 * Identifiers for demo partners that the source documents do not give (ADR « exports and SCDL »): well-formed
 * (Luhn keys), distinct, and recognisable as synthetic at a glance — every SIREN starts with « 000 », every RNA
 * with « W000 », ranges no real establishment or association we know of uses — so that a demo SCDL file is valid
 * without ever naming a real organisation. The seed also says so in each command's provenance.
 */
function avecCle(debut: string): string {
  for (let cle = 0; cle <= 9; cle++) if (luhnValide(`${debut}${cle}`)) return `${debut}${cle}`;
  throw new Error(`no Luhn key for ${debut}`);
}

/** The `numero`-th synthetic SIREN and its head office's SIRET (NIC 0001x). */
export function siretSynthetique(numero: number): { siren: string; siret: string } {
  if (!Number.isInteger(numero) || numero < 1 || numero > 99_999) throw new Error(`synthetic identifier number ${numero} out of range`);
  const siren = avecCle(`000${String(numero).padStart(5, '0')}`);
  return { siren, siret: avecCle(`${siren}0001`) };
}

export function rnaSynthetique(numero: number): string {
  if (!Number.isInteger(numero) || numero < 1 || numero > 999_999) throw new Error(`synthetic RNA number ${numero} out of range`);
  return `W000${String(numero).padStart(6, '0')}`;
}
