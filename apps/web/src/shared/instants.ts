/** An ISO instant → what a datetime-local input shows (« YYYY-MM-DDTHH:mm:ss », the browser's time zone). */
export function instantVersSaisie(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 19);
}

/** What a datetime-local input holds → an ISO instant (null when empty or not a date). */
export function saisieVersInstant(saisie: string): string | null {
  if (!saisie) return null;
  const date = new Date(saisie);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
