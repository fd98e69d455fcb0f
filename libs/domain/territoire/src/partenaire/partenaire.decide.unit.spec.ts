import type { Role } from '@cdv/eventsourcing';
import { deciderSpec } from '@cdv/testing';
import { aReferentielCommand, ROLES_NON_REFERENTIEL } from '../referentiel.mother';
import type { EnregistrerPartenaire, PartenaireCommand } from './partenaire.commands';
import { partenaireDecider } from './partenaire.decider';
import type { PartenaireEnregistre, PartenaireEvent } from './partenaire.events';

const spec = deciderSpec(partenaireDecider);
const cmd = <C extends PartenaireCommand>(type: C['type'], data: C['data'], reason?: string, role: Role = 'admin') =>
  aReferentielCommand<C>(type, data, { role, ...(reason ? { reason } : {}) });

const bookkaffe: EnregistrerPartenaire['data'] = {
  partenaireId: 'bookkaffe',
  nature: 'association',
  nom: 'BOOKKAFFÉ',
  alias: ['Bookkafé'],
  roles: ['porteur'],
};
const enregistre: PartenaireEnregistre['data'] = {
  partenaireId: 'bookkaffe',
  nature: 'association',
  nom: 'BOOKKAFFÉ',
  alias: ['Bookkafé'],
  siret: null,
  siren: null,
  rna: null,
  roles: ['porteur'],
  categorieFinanceur: null,
  communes: [],
  associationPorteuseId: null,
};
const enregistreEvent: PartenaireEvent = { type: 'PartenaireEnregistre', data: enregistre };
const conseil: PartenaireEvent = {
  type: 'PartenaireEnregistre',
  data: { ...enregistre, partenaireId: 'cc-regain', nature: 'conseil_citoyen', nom: 'CONSEIL CITOYEN QUARTIER DU REGAIN', alias: [] },
};

describe('partenaire decider', () => {
  const every: PartenaireCommand[] = [
    cmd('EnregistrerPartenaire', bookkaffe),
    cmd('RenommerPartenaire', { nom: 'Bookkafé' }),
    cmd('AjouterAliasPartenaire', { alias: 'Booklab' }),
    cmd('RenseignerIdentifiantsPartenaire', { siret: '73282932000074' }),
    cmd('ChangerRolesPartenaire', { roles: ['porteur', 'signataire'] }),
    cmd('DesignerAssociationPorteuse', { associationPorteuseId: 'bookkaffe' }),
  ];

  it.each(
    every
      .flatMap((command) => ROLES_NON_REFERENTIEL.map((role) => [command.type, role] as const))
      // an agent registers porteurs (below)
      .filter(([type, role]) => !(type === 'EnregistrerPartenaire' && role === 'agent')),
  )('%s is FORBIDDEN to %s', (type, role) => {
    const command = every.find((c) => c.type === type)!;
    spec
      .given([conseil])
      .when({ ...command, metadata: { ...command.metadata, actor: { userId: 'u', role } } })
      .thenRefused('FORBIDDEN');
  });

  describe('an agent registers a porteur, and nothing more', () => {
    it('registers an organisation whose only role is porteur', () => {
      spec
        .given([])
        .when(cmd('EnregistrerPartenaire', bookkaffe, undefined, 'agent'))
        .then([enregistreEvent]);
    });

    it.each([
      ['a financeur', { roles: ['porteur', 'financeur'], categorieFinanceur: 'communes' }],
      ['a signataire', { roles: ['signataire'] }],
      ['an organisation without a role', { roles: [] }],
      ['a conseil citoyen carried by an association', { nature: 'conseil_citoyen', associationPorteuseId: 'pyramide' }],
    ] as const)('is FORBIDDEN to register %s', (_what, changes) => {
      spec
        .given([])
        .when(cmd('EnregistrerPartenaire', { ...bookkaffe, ...changes } as EnregistrerPartenaire['data'], undefined, 'agent'))
        .thenRefused('FORBIDDEN');
    });
  });

  it.each(every.filter((c) => c.type !== 'EnregistrerPartenaire'))('$type on an unknown partner is NOT_FOUND', (command) => {
    spec.given([]).when(command).thenRefused('NOT_FOUND');
  });

  describe('EnregistrerPartenaire', () => {
    it('registers a partner with aliases and roles', () => {
      spec.given([]).when(cmd('EnregistrerPartenaire', bookkaffe)).then([enregistreEvent]);
    });

    it('registers a financeur with its report category and valid identifiers (La Poste SIRET included)', () => {
      spec
        .given([])
        .when(
          cmd('EnregistrerPartenaire', {
            partenaireId: 'la-poste',
            nature: 'autre',
            nom: 'La Poste',
            siret: '35600000049837',
            siren: '356000000',
            roles: ['financeur'],
            categorieFinanceur: 'autres',
          }),
        )
        .thenMatches([{ type: 'PartenaireEnregistre', data: expect.objectContaining({ siret: '35600000049837', categorieFinanceur: 'autres' }) }]);
    });

    it.each([
      [{ siret: '73282932000075' }, 'siret'],
      [{ siret: '7328293200007' }, 'siret'],
      [{ siren: '732829321' }, 'siren'],
      [{ siret: '73282932000074', siren: '552100554' }, 'siret'],
      [{ rna: 'W12345' }, 'rna'],
      [{ nom: '' }, 'nom'],
      [{ nature: 'fondation' as 'association' }, 'nature'],
      [{ roles: ['mecene' as 'porteur'] }, 'roles'],
      [{ roles: ['porteur', 'porteur'] as ['porteur', 'porteur'] }, 'roles'],
      [{ roles: ['financeur'] as ['financeur'] }, 'categorieFinanceur'],
      [{ categorieFinanceur: 'caf' as const }, 'categorieFinanceur'],
      [{ roles: ['financeur'] as ['financeur'], categorieFinanceur: 'bop147' as 'caf' }, 'categorieFinanceur'],
      [{ associationPorteuseId: 'x' }, 'associationPorteuseId'],
      [{ partenaireId: 'a/b' }, 'partenaireId'],
      [{ communes: [{ codeInsee: 'x', nom: 'Auchel' }] }, 'communes[0].codeInsee'],
    ])('refuses %o (VALIDATION_FAILED on %s)', (change, field) => {
      spec
        .given([])
        .when(cmd('EnregistrerPartenaire', { ...bookkaffe, ...change }))
        .thenRefused('VALIDATION_FAILED', undefined, { field });
    });

    it('is a no-op when repeated and a CONFLICT when registered twice differently', () => {
      spec.given([enregistreEvent]).when(cmd('EnregistrerPartenaire', bookkaffe)).thenNothing();
      spec
        .given([enregistreEvent])
        .when(cmd('EnregistrerPartenaire', { ...bookkaffe, nature: 'ccas' }))
        .thenRefused('CONFLICT');
    });
  });

  describe('RenommerPartenaire and AjouterAliasPartenaire', () => {
    it('renames and adds aliases once', () => {
      spec
        .given([enregistreEvent])
        .when(cmd('RenommerPartenaire', { nom: 'Bookkaffé' }))
        .then([{ type: 'PartenaireRenomme', data: { partenaireId: 'bookkaffe', nom: 'Bookkaffé', ancienNom: 'BOOKKAFFÉ' } }]);
      spec
        .given([enregistreEvent])
        .when(cmd('RenommerPartenaire', { nom: 'BOOKKAFFÉ' }))
        .thenNothing();
      spec
        .given([enregistreEvent])
        .when(cmd('RenommerPartenaire', { nom: ' ' }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'nom' });
      spec
        .given([enregistreEvent])
        .when(cmd('AjouterAliasPartenaire', { alias: 'Booklab' }))
        .then([{ type: 'AliasPartenaireAjoute', data: { partenaireId: 'bookkaffe', alias: 'Booklab' } }]);
      spec
        .given([enregistreEvent])
        .when(cmd('AjouterAliasPartenaire', { alias: 'BOOKKAFE' }))
        .thenNothing();
      spec
        .given([enregistreEvent])
        .when(cmd('AjouterAliasPartenaire', { alias: '' }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'alias' });
    });
  });

  describe('RenseignerIdentifiantsPartenaire', () => {
    const ids: PartenaireEvent = {
      type: 'IdentifiantsPartenaireRenseignes',
      data: { partenaireId: 'bookkaffe', siret: '73282932000074', siren: '732829320', rna: null, precedents: { siret: null, siren: null, rna: null } },
    };
    it('fills identifiers; replacing a known one needs a reason', () => {
      spec
        .given([enregistreEvent])
        .when(cmd('RenseignerIdentifiantsPartenaire', { siret: '73282932000074', siren: '732829320' }))
        .then([ids]);
      spec
        .given([enregistreEvent, ids])
        .when(cmd('RenseignerIdentifiantsPartenaire', { siret: '73282932000074' }))
        .thenNothing();
      spec
        .given([enregistreEvent, ids])
        .when(cmd('RenseignerIdentifiantsPartenaire', { rna: 'W623001234' }))
        .thenMatches([{ type: 'IdentifiantsPartenaireRenseignes', data: expect.objectContaining({ rna: 'W623001234' }) }]);
      spec
        .given([enregistreEvent, ids])
        .when(cmd('RenseignerIdentifiantsPartenaire', { siret: '55210055400013', siren: '552100554' }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'reason' });
      spec
        .given([enregistreEvent])
        .when(cmd('RenseignerIdentifiantsPartenaire', { siret: '12345678901234' }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'siret' });
    });
  });

  describe('ChangerRolesPartenaire', () => {
    it('changes roles, requires the category of a financeur', () => {
      spec
        .given([enregistreEvent])
        .when(cmd('ChangerRolesPartenaire', { roles: ['porteur', 'financeur'], categorieFinanceur: 'autres' }))
        .then([{ type: 'RolesPartenaireChanges', data: { partenaireId: 'bookkaffe', roles: ['porteur', 'financeur'], categorieFinanceur: 'autres' } }]);
      spec
        .given([enregistreEvent])
        .when(cmd('ChangerRolesPartenaire', { roles: ['porteur'] }))
        .thenNothing();
      spec
        .given([enregistreEvent])
        .when(cmd('ChangerRolesPartenaire', { roles: ['financeur'] }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'categorieFinanceur' });
    });
  });

  describe('DesignerAssociationPorteuse', () => {
    it('links a conseil citoyen to the association that carries it', () => {
      spec
        .given([conseil])
        .when(cmd('DesignerAssociationPorteuse', { associationPorteuseId: 'bookkaffe' }))
        .then([{ type: 'AssociationPorteuseDesignee', data: { partenaireId: 'cc-regain', associationPorteuseId: 'bookkaffe', anciennePorteuseId: null } }]);
      spec
        .given([conseil])
        .when(cmd('DesignerAssociationPorteuse', { associationPorteuseId: 'cc-regain' }))
        .thenRefused('VALIDATION_FAILED', undefined, { field: 'associationPorteuseId' });
      spec
        .given([enregistreEvent])
        .when(cmd('DesignerAssociationPorteuse', { associationPorteuseId: 'x' }))
        .thenRefused('INVALID_TRANSITION', undefined, { state: 'association' });
    });
  });
});
