import { Duration, Stack } from 'aws-cdk-lib';
import type * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

import type { Deployment } from '../deployments/schema.ts';
import { pascalCase } from '../names.ts';
import { acknowledge } from '../nag.ts';
import type { HandlerFunction } from './functions.ts';
import { deadLetterQueue } from './queues.ts';

/** API 5xx responses in five minutes that raise the alarm. */
export const API_5XX_THRESHOLD = 5;

/** 99th percentile API latency, in milliseconds, that raises the alarm. */
export const API_P99_LATENCY_MS = 3000;

/** Properties of {@link Monitoring}. */
export interface MonitoringProps {
  /** The deployment watched. */
  readonly deployment: Deployment;
  /** The REST API. */
  readonly api: apigateway.RestApi;
  /** Functions by a readable name (their handler module). */
  readonly functions: ReadonlyMap<string, HandlerFunction>;
  /** Dead-letter queues by a readable name; any message in one raises an alarm. */
  readonly deadLetterQueues: ReadonlyMap<string, sqs.IQueue>;
  /** Name of the web ACL metrics (dimension `WebACL`). */
  readonly webAclMetricName: string;
  /** Encrypts the alarm topic; must let CloudWatch use it. */
  readonly opsKey: kms.IKey;
}

const FIVE_MINUTES = Duration.minutes(5);

/**
 * Operations: a dashboard (API traffic, errors and latency; each function's errors,
 * duration and throttles; dead-letter queue depth; WAF decisions) and alarms on API 5xx
 * and latency, function errors and throttles and dead-letter queues, all sent to an
 * encrypted alarm topic that e-mails the deployment's operators.
 */
export class Monitoring extends Construct {
  /** Receives every alarm and OK transition. */
  readonly alarmTopic: sns.Topic;
  /** Every alarm. */
  readonly alarms: cloudwatch.Alarm[] = [];
  /** The dashboard. */
  readonly dashboard: cloudwatch.Dashboard;

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    const { deployment, api } = props;

    this.alarmTopic = new sns.Topic(this, 'AlarmTopic', {
      displayName: `ERUZ ${deployment.name} alarms`,
      masterKey: props.opsKey,
      enforceSSL: true,
    });
    const undelivered = deadLetterQueue(this, 'AlarmDeliveryDeadLetterQueue');
    acknowledge(
      undelivered,
      'AwsSolutions-SQS3',
      'this queue is the dead-letter queue of the alarm e-mail subscription (SNS redrive ' +
        'policy), which cdk-nag does not recognise as a dead-letter queue owner',
    );
    this.alarmTopic.addSubscription(
      new subscriptions.EmailSubscription(deployment.alarmEmail, { deadLetterQueue: undelivered }),
    );
    const deadLetterQueues = new Map([
      ...props.deadLetterQueues,
      ['alarm-delivery', undelivered as sqs.IQueue],
    ]);

    const api5xx = api.metricServerError({ period: FIVE_MINUTES, statistic: 'Sum' });
    this.alarm('Api5xxAlarm', api5xx, {
      threshold: API_5XX_THRESHOLD,
      description: `API answered ${API_5XX_THRESHOLD} or more 5xx in five minutes`,
    });
    const latencyP99 = api.metricLatency({ period: FIVE_MINUTES, statistic: 'p99' });
    this.alarm('ApiLatencyAlarm', latencyP99, {
      threshold: API_P99_LATENCY_MS,
      evaluationPeriods: 3,
      description: `API p99 latency above ${API_P99_LATENCY_MS} ms for 15 minutes`,
    });

    const errors: cloudwatch.IMetric[] = [];
    const durations: cloudwatch.IMetric[] = [];
    const throttles: cloudwatch.IMetric[] = [];
    for (const [name, fn] of props.functions) {
      const id = fn.node.id;
      // Alarms watch plain metrics; labels are for the dashboard only (a labelled metric
      // turns an alarm into a metric-math alarm).
      const fnErrors = fn.lambda.metricErrors({ period: FIVE_MINUTES });
      const fnThrottles = fn.lambda.metricThrottles({ period: FIVE_MINUTES });
      errors.push(fnErrors.with({ label: name }));
      throttles.push(fnThrottles.with({ label: name }));
      durations.push(fn.lambda.metricDuration({ statistic: 'p99', label: name }));
      this.alarm(`${id}ErrorsAlarm`, fnErrors, {
        threshold: 1,
        description: `Function ${name} failed`,
      });
      this.alarm(`${id}ThrottlesAlarm`, fnThrottles, {
        threshold: 1,
        description: `Function ${name} was throttled`,
      });
    }

    const depths: cloudwatch.IMetric[] = [];
    for (const [name, queue] of deadLetterQueues) {
      const depth = queue.metricApproximateNumberOfMessagesVisible({
        period: Duration.minutes(1),
        statistic: 'Maximum',
      });
      depths.push(depth.with({ label: name }));
      this.alarm(`${pascalCase(name)}DeadLettersAlarm`, depth, {
        threshold: 1,
        description: `Dead-letter queue ${name} holds messages`,
      });
    }

    const waf = (rule: string, metricName: string) =>
      new cloudwatch.Metric({
        namespace: 'AWS/WAFV2',
        metricName,
        dimensionsMap: {
          WebACL: props.webAclMetricName,
          Region: Stack.of(this).region,
          Rule: rule,
        },
        statistic: 'Sum',
        period: FIVE_MINUTES,
      });

    this.dashboard = new cloudwatch.Dashboard(this, 'Dashboard', {
      dashboardName: `eruz-${deployment.name}`,
      defaultInterval: Duration.hours(3),
    });
    this.dashboard.addWidgets(
      new cloudwatch.GraphWidget({
        title: 'API requests',
        left: [api.metricCount({ period: FIVE_MINUTES, statistic: 'Sum' })],
        width: 8,
      }),
      new cloudwatch.GraphWidget({
        title: 'API errors',
        left: [api.metricClientError({ period: FIVE_MINUTES, statistic: 'Sum' }), api5xx],
        width: 8,
      }),
      new cloudwatch.GraphWidget({
        title: 'API latency',
        left: ['p50', 'p90', 'p99'].map((statistic) =>
          api.metricLatency({ period: FIVE_MINUTES, statistic }),
        ),
        width: 8,
      }),
    );
    this.dashboard.addWidgets(
      new cloudwatch.GraphWidget({ title: 'Function errors', left: errors, width: 8 }),
      new cloudwatch.GraphWidget({ title: 'Function duration p99', left: durations, width: 8 }),
      new cloudwatch.GraphWidget({ title: 'Function throttles', left: throttles, width: 8 }),
    );
    this.dashboard.addWidgets(
      new cloudwatch.GraphWidget({ title: 'Dead-letter queue depth', left: depths, width: 12 }),
      new cloudwatch.GraphWidget({
        title: 'WAF',
        left: [waf('ALL', 'AllowedRequests'), waf('ALL', 'BlockedRequests')],
        width: 12,
      }),
    );
  }

  private alarm(
    id: string,
    metric: cloudwatch.IMetric,
    options: { threshold: number; description: string; evaluationPeriods?: number },
  ): cloudwatch.Alarm {
    const alarm = new cloudwatch.Alarm(this, id, {
      metric,
      threshold: options.threshold,
      evaluationPeriods: options.evaluationPeriods ?? 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      alarmDescription: options.description,
    });
    const action = new actions.SnsAction(this.alarmTopic);
    alarm.addAlarmAction(action);
    alarm.addOkAction(action);
    this.alarms.push(alarm);

    return alarm;
  }
}
