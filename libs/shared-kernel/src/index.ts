// The shared kernel (docs/architecture.md): the small value checks every context uses, each written once.
export * from './identifiants';
export * from './motif';
export * from './texte';
