import { Module } from '@nestjs/common';
import { ProgrammationReadModelsModule } from '@cdv/application-programmation';
import { TerritoireReadModelsModule } from '@cdv/application-territoire';
import { AnnulerOperationResolver } from './dispositif/annuler-operation/annuler-operation.resolver';
import { DefinirDispositifResolver } from './dispositif/definir-dispositif/definir-dispositif.resolver';
import { EnregistrerOperationResolver } from './dispositif/enregistrer-operation/enregistrer-operation.resolver';
import { RapportDocumentsController } from './http/rapport-documents.controller';
import { TelechargementsRapport } from './http/telechargement-rapport.service';
import { LectureRapport } from './lecture/lecture-rapport.service';
import { RapportReadModelsModule } from './rapport-read-models.module';
import { AdopterRapportResolver } from './rapport/adopter-rapport/adopter-rapport.resolver';
import { ArreterRapportResolver } from './rapport/arreter-rapport/arreter-rapport.resolver';
import { CloreConsultationResolver } from './rapport/clore-consultation/clore-consultation.resolver';
import { EnregistrerAvisResolver } from './rapport/enregistrer-avis/enregistrer-avis.resolver';
import { RapportAnnuelResolver } from './rapport/rapport.resolver';
import { RedigerSectionResolver } from './rapport/rediger-section/rediger-section.resolver';
import { RetirerSectionResolver } from './rapport/retirer-section/retirer-section.resolver';
import { SoumettreAConsultationResolver } from './rapport/soumettre-a-consultation/soumettre-a-consultation.resolver';
import { TransmettreRapportResolver } from './rapport/transmettre-rapport/transmettre-rapport.resolver';
import { RapportDecisions } from './shared/rapport-decisions.service';
import { AnnulerOperationHandler } from './dispositif/annuler-operation/annuler-operation.handler';
import { DefinirDispositifHandler } from './dispositif/definir-dispositif/definir-dispositif.handler';
import { EnregistrerOperationHandler } from './dispositif/enregistrer-operation/enregistrer-operation.handler';
import { AdopterRapportHandler } from './rapport/adopter-rapport/adopter-rapport.handler';
import { ArreterRapportHandler } from './rapport/arreter-rapport/arreter-rapport.handler';
import { CloreConsultationHandler } from './rapport/clore-consultation/clore-consultation.handler';
import { EnregistrerAvisHandler } from './rapport/enregistrer-avis/enregistrer-avis.handler';
import { RedigerSectionHandler } from './rapport/rediger-section/rediger-section.handler';
import { RetirerSectionHandler } from './rapport/retirer-section/retirer-section.handler';
import { SoumettreAConsultationHandler } from './rapport/soumettre-a-consultation/soumettre-a-consultation.handler';
import { TransmettreRapportHandler } from './rapport/transmettre-rapport/transmettre-rapport.handler';

/** One resolver (it dispatches) and one handler (it decides) per use case, each pair in its own folder. */
const USE_CASES = [
  RedigerSectionResolver,
  RetirerSectionResolver,
  ArreterRapportResolver,
  SoumettreAConsultationResolver,
  EnregistrerAvisResolver,
  CloreConsultationResolver,
  AdopterRapportResolver,
  TransmettreRapportResolver,
  DefinirDispositifResolver,
  EnregistrerOperationResolver,
  AnnulerOperationResolver,
  AnnulerOperationHandler,
  DefinirDispositifHandler,
  EnregistrerOperationHandler,
  AdopterRapportHandler,
  ArreterRapportHandler,
  CloreConsultationHandler,
  EnregistrerAvisHandler,
  RedigerSectionHandler,
  RetirerSectionHandler,
  SoumettreAConsultationHandler,
  TransmettreRapportHandler,
];

/**
 * The rapport annuel's API (docs/domain/rapport-annuel.md): the `rapportAnnuel` query, the mutations of its life
 * cycle and of the EPCI's funds, and the DOCX/HTML downloads. It reads the territoire and programmation read models
 * (the report is assembled from them), so it is served beside them: in the standalone app, and by the programmation
 * service in the distributed topology (docs/adr/0028-rapport-annuel-servi-par-le-service-programmation.md).
 */
@Module({
  imports: [RapportReadModelsModule, ProgrammationReadModelsModule, TerritoireReadModelsModule],
  providers: [LectureRapport, RapportDecisions, TelechargementsRapport, RapportAnnuelResolver, ...USE_CASES],
  controllers: [RapportDocumentsController],
  exports: [LectureRapport],
})
export class RapportModule {}
