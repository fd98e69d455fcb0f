export * from './fichier-televerse';
export * from './reponse-progressive';
export * from './reponses-http';
export * from './televersement';
