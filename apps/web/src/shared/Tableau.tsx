import { Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface Colonne<T> {
  titre: string;
  valeur(ligne: T): ReactNode;
  /** Figures are right-aligned. */
  nombre?: boolean;
}

/**
 * A readable table: a caption that says what it is, header cells, figures right-aligned, a totals row, and a
 * horizontal scroll on narrow screens (phones) instead of squeezed columns.
 */
export function Tableau<T>({
  legende,
  colonnes,
  lignes,
  cle,
  total,
  vide = 'Aucune ligne',
}: {
  legende: string;
  colonnes: Colonne<T>[];
  lignes: T[];
  cle(ligne: T, index: number): string;
  total?: ReactNode[];
  vide?: string;
}) {
  return (
    // a focusable scrolling region (keyboard users scroll it) is a named region: a bare div may not carry a label
    <Table.ScrollContainer minWidth={560} type="native" tabIndex={0} role="region" aria-label={legende}>
      <Table striped highlightOnHover withTableBorder captionSide="top" verticalSpacing={6}>
        <Table.Caption>
          <Text fw={600} ta="left" c="dark">
            {legende}
          </Text>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {colonnes.map((colonne) => (
              <Table.Th key={colonne.titre} scope="col" ta={colonne.nombre ? 'right' : 'left'}>
                {colonne.titre}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lignes.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={colonnes.length}>{vide}</Table.Td>
            </Table.Tr>
          )}
          {lignes.map((ligne, index) => (
            <Table.Tr key={cle(ligne, index)}>
              {colonnes.map((colonne) => (
                <Table.Td key={colonne.titre} ta={colonne.nombre ? 'right' : 'left'} style={colonne.nombre ? { whiteSpace: 'nowrap' } : undefined}>
                  {colonne.valeur(ligne)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
        {total && (
          <Table.Tfoot>
            <Table.Tr>
              {total.map((cellule, index) => (
                <Table.Th key={index} ta={colonnes[index]?.nombre ? 'right' : 'left'} style={{ whiteSpace: 'nowrap' }}>
                  {cellule}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Tfoot>
        )}
      </Table>
    </Table.ScrollContainer>
  );
}
