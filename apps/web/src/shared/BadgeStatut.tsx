import { Badge, type BadgeProps } from '@mantine/core';
import type { StatutDossier } from '../gql/graphql';
import { COULEURS_STATUT, STATUTS_DOSSIER } from './libelles';

/** A dossier's status as a badge, the same on every screen (written in full: the theme's Badge never shrinks). */
export function BadgeStatut({ statut, ...props }: { statut: StatutDossier } & Omit<BadgeProps, 'color' | 'children'>) {
  return (
    <Badge color={COULEURS_STATUT[statut]} c="black" variant="light" tt="none" {...props}>
      {STATUTS_DOSSIER[statut]}
    </Badge>
  );
}
