import { Tabs } from '@mantine/core';
import { useNavigate, useParams } from 'react-router';
import { TitreEcran } from '../../app/Cadre';
import { useSession } from '../../auth/AuthContext';
import { avecAsOf, useAsOf } from '../../shared/as-of';
import { Appels } from './Appels';
import { CadreStrategique } from './CadreStrategique';
import { Engagements } from './Engagements';
import { Partenaires } from './Partenaires';
import { Quartiers } from './Quartiers';
import { Regles } from './Regles';
import { Territoire } from './Territoire';

const SECTIONS = [
  { id: 'territoire', libelle: 'Territoire et communes', Ecran: Territoire },
  { id: 'quartiers', libelle: 'Quartiers', Ecran: Quartiers },
  { id: 'partenaires', libelle: 'Partenaires', Ecran: Partenaires },
  { id: 'cadre', libelle: 'Cadre stratégique', Ecran: CadreStrategique },
  { id: 'engagements', libelle: 'Engagements et indicateurs', Ecran: Engagements },
  { id: 'appels', libelle: 'Appels à projets', Ecran: Appels },
  { id: 'regles', libelle: 'Règles de financement', Ecran: Regles },
] as const;

/**
 * The référentiel of the workspace (docs/design.md §2): what the programmation names. Admins keep it; agents read it, set up
 * the appels à projets and register porteurs. One URL per section (`/:tenant/referentiel/:section`).
 */
export default function Referentiel() {
  const session = useSession();
  const { section } = useParams();
  const navigate = useNavigate();
  const { asOf } = useAsOf();
  const courante = SECTIONS.find((candidate) => candidate.id === section) ?? SECTIONS[0];
  return (
    <>
      <TitreEcran>Référentiel</TitreEcran>
      <Tabs value={courante.id} onChange={(valeur) => valeur && navigate(avecAsOf(`/${session.tenant}/referentiel/${valeur}`, asOf))} keepMounted={false}>
        <Tabs.List mb="md" aria-label="Sections du référentiel">
          {SECTIONS.map((candidate) => (
            <Tabs.Tab key={candidate.id} value={candidate.id}>
              {candidate.libelle}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {SECTIONS.map(({ id, Ecran }) => (
          <Tabs.Panel key={id} value={id}>
            <Ecran />
          </Tabs.Panel>
        ))}
      </Tabs>
    </>
  );
}

/** Who edits what in the référentiel (the server decides again: docs/security.md). */
export function droitsReferentiel(role: string, asOf: string | null): { admin: boolean; agent: boolean } {
  return { admin: role === 'admin' && !asOf, agent: (role === 'admin' || role === 'agent') && !asOf };
}
