// Renderings of the rapport annuel: the editable DOCX and the self-contained HTML, charts drawn on the server.
// Pure functions of a DocumentRapport (projections-rapport): same document, same bytes (docs/adr/0012).
export * from './format';
export * from './contenu';
export * from './graphiques';
export * from './docx';
export * from './html';
