/**
 * A readable id for a new object of the référentiel, from its name (« Les Jardins du Nord » → les-jardins-du-nord):
 * it shows in URLs and sign-in lists. Two objects of the same name get a CONFLICT from the server, said on the form.
 */
export function identifiantDe(nom: string): string {
  return nom
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}
