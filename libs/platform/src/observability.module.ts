import { Global, Module } from '@nestjs/common';
import { HealthController, ReadinessService } from './health';
import { MetricsController } from './metrics';

/** Health probes and Prometheus metrics, shared by every app including the gateway. */
@Global()
@Module({
  controllers: [HealthController, MetricsController],
  providers: [ReadinessService],
  exports: [ReadinessService],
})
export class ObservabilityModule {}
