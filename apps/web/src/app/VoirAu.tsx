import { Button, Group, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useAsOf } from '../shared/as-of';

/** "YYYY-MM-DDTHH:mm:ss" in Paris time for the datetime-local input, from an ISO instant. */
function versSaisie(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 19);
}

/** « Voir au … » of the header: puts the whole application as of an instant (read-only), or back to now. */
export function VoirAu() {
  const { asOf, voirAu } = useAsOf();
  const [saisie, setSaisie] = useState(versSaisie(asOf));
  useEffect(() => setSaisie(versSaisie(asOf)), [asOf]);
  return (
    <Group
      gap={6}
      wrap="nowrap"
      component="form"
      onSubmit={(event) => {
        event.preventDefault();
        if (saisie) voirAu(new Date(saisie).toISOString());
      }}
    >
      <TextInput
        type="datetime-local"
        step={1}
        aria-label="Voir au (date et heure)"
        size="xs"
        value={saisie}
        onChange={(event) => setSaisie(event.currentTarget.value)}
        styles={{ input: { minWidth: 190 } }}
      />
      <Button type="submit" size="xs" variant="default">
        Voir au
      </Button>
      {asOf && (
        <Button size="xs" variant="filled" color="dark" onClick={() => voirAu(null)}>
          Revenir à maintenant
        </Button>
      )}
    </Group>
  );
}
