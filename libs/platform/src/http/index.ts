export * from './fichier-televerse';
export * from './multipart';
export * from './nom-fichier';
export * from './reponse-progressive';
export * from './reponses-http';
export * from './televersement';
