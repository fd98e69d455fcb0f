import type { PlatformConfig } from '@cdv/platform';
import { JetonsPieces, type LienPiece, type RecuFichier } from './jetons-pieces.service';

const config = (secret: string) => ({ documents: { link: { secret, ttlSeconds: 300 } } }) as unknown as PlatformConfig;
const jetons = new JetonsPieces(config('a-secret-of-more-than-thirty-two-characters'));
const sha = 'a'.repeat(64);
const lien: LienPiece = { tenant: 'mel', detenteur: { type: 'dossier', id: 'd1' }, pieceId: 'p1', sha256: sha, vue: 'standard', sub: 'agent@mel' };
const recu: RecuFichier = {
  tenant: 'mel',
  detenteur: { type: 'dossier', id: 'd1' },
  sub: 'porteur@mel',
  fichier: { nom: 'rib.pdf', taille: 10, typeMedia: 'application/pdf', sha256: sha },
};
const token = (url: string) => url.slice(url.lastIndexOf('/') + 1);
const code = async (promise: Promise<unknown>) =>
  promise.then(
    () => 'accepted',
    (error: { extensions?: { code?: string } }) => error.extensions?.code,
  );

describe('download links and upload receipts', () => {
  it('give back what they were signed for, within their lifetime', async () => {
    const { url, expireLe } = await jetons.lien(lien, new Date('2030-01-01T10:00:00Z'));
    expect(url).toMatch(/^\/documents\/liens\/[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(expireLe).toBe('2030-01-01T10:05:00.000Z');
    const fresh = await jetons.lien(lien);
    expect(await jetons.lireLien(token(fresh.url))).toEqual(lien);
    const { recu: signed } = await jetons.recu(recu);
    expect(await jetons.lireRecu(signed, { tenant: 'mel', detenteur: { type: 'dossier', id: 'd1' }, sub: 'porteur@mel' }, 'fichier')).toEqual(recu.fichier);
  });

  it('refuse an expired link (LINK_EXPIRED), a link of another server (LINK_INVALID), a receipt used as a link', async () => {
    const old = await jetons.lien(lien, new Date(Date.now() - 301_000));
    expect(await code(jetons.lireLien(token(old.url)))).toBe('LINK_EXPIRED');
    const ailleurs = await new JetonsPieces(config('another-secret-of-more-than-thirty-two-chars')).lien(lien);
    expect(await code(jetons.lireLien(token(ailleurs.url)))).toBe('LINK_INVALID');
    const { recu: signed } = await jetons.recu(recu);
    expect(await code(jetons.lireLien(signed))).toBe('LINK_INVALID');
    expect(await code(jetons.lireLien('not-a-token'))).toBe('LINK_INVALID');
  });

  it('take a receipt only from its uploader, in its workspace, for its holder, before it expires (VALIDATION_FAILED on fichier)', async () => {
    const { recu: signed } = await jetons.recu(recu);
    const attendu = { tenant: 'mel', detenteur: { type: 'dossier' as const, id: 'd1' }, sub: 'porteur@mel' };
    for (const autre of [
      { ...attendu, sub: 'autre@mel' },
      { ...attendu, tenant: 'cahc' },
      { ...attendu, detenteur: { type: 'dossier' as const, id: 'd2' } },
      { ...attendu, detenteur: { type: 'convention' as const, id: 'd1' } },
    ]) {
      expect(await code(jetons.lireRecu(signed, autre, 'fichier'))).toBe('VALIDATION_FAILED');
    }
    const { recu: expired } = await jetons.recu(recu, new Date(Date.now() - 3_601_000));
    await expect(jetons.lireRecu(expired, attendu, 'fichier')).rejects.toMatchObject({
      message: /expired: upload the file again/,
      extensions: { field: 'fichier' },
    });
    const link = await jetons.lien(lien);
    expect(await code(jetons.lireRecu(token(link.url), attendu, 'fichier'))).toBe('VALIDATION_FAILED');
  });
});
