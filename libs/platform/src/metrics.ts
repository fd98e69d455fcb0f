import { Controller, Get, Header } from '@nestjs/common';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** One Prometheus registry per process; exposed at GET /metrics. */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });

export const graphqlDuration = new Histogram({
  name: 'cdv_graphql_request_duration_seconds',
  help: 'GraphQL request latency by operation type and outcome',
  labelNames: ['operation', 'outcome'],
  buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
  registers: [metricsRegistry],
});

export const projectionLagEvents = new Gauge({
  name: 'cdv_projection_lag_events',
  help: 'Events between the head of the log and the projection checkpoint',
  labelNames: ['projection'],
  registers: [metricsRegistry],
});

export const projectionLagSeconds = new Gauge({
  name: 'cdv_projection_lag_seconds',
  help: 'Age of the oldest event not yet projected',
  labelNames: ['projection'],
  registers: [metricsRegistry],
});

@Controller()
export class MetricsController {
  @Get('metrics')
  @Header('Content-Type', metricsRegistry.contentType)
  metrics(): Promise<string> {
    return metricsRegistry.metrics();
  }
}
