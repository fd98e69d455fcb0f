import { Button, Group, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useAsOf } from '../shared/as-of';
import { instantVersSaisie } from '../shared/instants';

/** « Voir au … » of the header: puts the whole application as of an instant (read-only), or back to now. */
export function VoirAu() {
  const { asOf, voirAu } = useAsOf();
  const [saisie, setSaisie] = useState(instantVersSaisie(asOf));
  useEffect(() => setSaisie(instantVersSaisie(asOf)), [asOf]);
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
