// Pure domain of the territoire context (référentiel): deciders, events, commands, validators.
export * from './shared/authorization';
export * from './shared/commune';
export * from './shared/dates';
export * from './shared/decimal';
export * from './shared/facts';
export * from './shared/references';
export * from './shared/refusals';
export * from './shared/statistique';
export * from './shared/text';
export * from './shared/validation';
export * from './shared/validators';

export * from './territoire/territoire.events';
export * from './territoire/territoire.commands';
export * from './territoire/territoire.state';
export * from './territoire/territoire.decide';
export * from './territoire/territoire.decider';
export * from './territoire/territoire.stream';

export * from './qpv/qpv.events';
export * from './qpv/qpv.commands';
export * from './qpv/qpv.state';
export * from './qpv/qpv.decide';
export * from './qpv/qpv.decider';
export * from './qpv/qpv.stream';

export * from './partenaire/partenaire.events';
export * from './partenaire/partenaire.commands';
export * from './partenaire/partenaire.state';
export * from './partenaire/partenaire.decide';
export * from './partenaire/partenaire.decider';
export * from './partenaire/partenaire.stream';

export * from './contrat/contrat.events';
export * from './contrat/contrat.commands';
export * from './contrat/contrat.state';
export * from './contrat/contrat.decide';
export * from './contrat/contrat.decider';
export * from './contrat/contrat.stream';

export * from './cadre/cadre.events';
export * from './cadre/cadre.commands';
export * from './cadre/cadre.state';
export * from './cadre/cadre.decide';
export * from './cadre/cadre.decider';
export * from './cadre/cadre.stream';

export * from './engagement/engagement.events';
export * from './engagement/engagement.commands';
export * from './engagement/engagement.state';
export * from './engagement/engagement.decide';
export * from './engagement/engagement.decider';
export * from './engagement/engagement.stream';

export * from './indicateur/indicateur.events';
export * from './indicateur/indicateur.commands';
export * from './indicateur/indicateur.state';
export * from './indicateur/indicateur.decide';
export * from './indicateur/indicateur.decider';
export * from './indicateur/indicateur.stream';

export * from './chiffres/chiffres.events';
export * from './chiffres/chiffres.commands';
export * from './chiffres/chiffres.state';
export * from './chiffres/chiffres.decide';
export * from './chiffres/chiffres.decider';
export * from './chiffres/chiffres.stream';

export * from './context';
