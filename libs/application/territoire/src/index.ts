// Pure mapping code of the territoire application layer (no NestJS yet): fixture seeds and the national QPV import.
export * from './seed';
export * from './import';
export * from './territoire.module';
export * from './territoire-read-models.module';
