// Rapport annuel context (décret 2015-1118): the report's life cycle and the EPCI's funds it accounts for.
// Pure deciders (no NestJS, no I/O); see docs/domain/rapport-annuel.md and docs/adr/0016-rapport-annuel-chiffres-figes.md.
export * from './shared/regles';
export * from './shared/labels';

export * from './rapport/rapport.events';
export * from './rapport/rapport.commands';
export * from './rapport/rapport.state';
export * from './rapport/rapport.decide';
export * from './rapport/rapport.decider';
export * from './rapport/rapport.stream';

export * from './dispositif/dispositif.events';
export * from './dispositif/dispositif.commands';
export * from './dispositif/dispositif.state';
export * from './dispositif/dispositif.decide';
export * from './dispositif/dispositif.decider';
export * from './dispositif/dispositif.stream';
export * from './shared/concerne';
