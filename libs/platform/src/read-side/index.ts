export * from './projection-catalog';
export * from './read-models.service';
export * from './read-your-writes';
