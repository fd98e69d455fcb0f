/** Display labels of the context's event types, for the audit journal (projections-audit `withEventLabels`). */
export const RAPPORT_EVENT_LABELS: Readonly<Record<string, string>> = {
  SectionRedigee: 'Section du rapport rédigée',
  SectionRetiree: 'Section du rapport retirée',
  RapportArrete: 'Rapport annuel arrêté',
  RapportSoumisAConsultation: 'Rapport soumis à consultation',
  AvisEnregistre: 'Avis enregistré',
  ConsultationClose: 'Consultation close',
  RapportAdopte: 'Rapport adopté',
  RapportTransmis: 'Rapport transmis',
  DispositifDefini: 'Dispositif défini',
  OperationEnregistree: 'Opération enregistrée',
  OperationAnnulee: 'Opération annulée',
};
