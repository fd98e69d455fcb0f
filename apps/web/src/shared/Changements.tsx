import { Code, Table } from '@mantine/core';

/** A value of a field diff, readable: amounts and strings as they are, objects as compact JSON. */
export function valeurLisible(brute: unknown): string {
  if (brute === null || brute === undefined) return '—';
  if (typeof brute === 'string' || typeof brute === 'number' || typeof brute === 'boolean') return String(brute);
  return JSON.stringify(brute);
}

/** The fields an event changed (historique, comparison of two instants): field, before, after. */
export function TableChangements({
  changements,
  legende,
}: {
  changements: ReadonlyArray<{ chemin: string; avant?: unknown; apres?: unknown }>;
  legende: string;
}) {
  return (
    <Table.ScrollContainer minWidth={420} type="native" tabIndex={0} role="region" aria-label={legende}>
      <Table mt="xs" withTableBorder verticalSpacing={4} fz="sm">
        <Table.Caption>{legende}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Champ</Table.Th>
            <Table.Th scope="col">Avant</Table.Th>
            <Table.Th scope="col">Après</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changements.map((changement) => (
            <Table.Tr key={changement.chemin}>
              <Table.Td>
                <Code>{changement.chemin}</Code>
              </Table.Td>
              <Table.Td style={{ wordBreak: 'break-word' }}>{valeurLisible(changement.avant)}</Table.Td>
              <Table.Td style={{ wordBreak: 'break-word' }}>{valeurLisible(changement.apres)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
