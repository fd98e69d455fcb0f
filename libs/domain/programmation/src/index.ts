// Programmation context: appels à projets, dossiers and their lignes de financement, comités des financeurs,
// conventions. Pure deciders (no NestJS, no I/O); see docs/adr/0004-programmation-aggregates.md.
export * from './shared/references';
export * from './shared/validation';
export * from './shared/dispatch';
export * from './regles/regles';

export * from './pieces/piece.types';
export * from './pieces/piece.events';
export * from './pieces/piece.commands';
export * from './pieces/piece.state';
export * from './pieces/piece.decide';

export * from './catalogue-pieces/catalogue-pieces.commands';
export * from './catalogue-pieces/catalogue-pieces.events';
export * from './catalogue-pieces/catalogue-pieces.state';
export * from './catalogue-pieces/catalogue-pieces.decide';
export * from './catalogue-pieces/catalogue-pieces.decider';
export * from './catalogue-pieces/catalogue-pieces.stream';

export * from './appel/appel.events';
export * from './appel/appel.commands';
export * from './appel/appel.state';
export * from './appel/appel.decide';
export * from './appel/appel.decider';
export * from './appel/appel.stream';

export * from './dossier/dossier.events';
export * from './dossier/dossier.commands';
export * from './dossier/dossier.state';
export * from './dossier/dossier.decide';
export * from './dossier/dossier.limites';
export * from './dossier/dossier.decider';
export * from './dossier/dossier.stream';
export * from './dossier/dossier.report';
export * from './dossier/dossier.commandes-permises';

export * from './comite/comite.events';
export * from './comite/comite.commands';
export * from './comite/comite.state';
export * from './comite/comite.decide';
export * from './comite/comite.decider';
export * from './comite/comite.stream';
export * from './comite/comite.dossier-commands';

export * from './convention/convention.events';
export * from './convention/convention.commands';
export * from './convention/convention.state';
export * from './convention/convention.decide';
export * from './convention/convention.decider';
export * from './convention/convention.stream';
export * from './convention/convention.dossier-commands';

export * from './reactions';
export * from './concerne';
