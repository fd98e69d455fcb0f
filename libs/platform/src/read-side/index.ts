export * from './projection-catalog';
export * from './read-models.service';
