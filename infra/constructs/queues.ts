import { Duration } from 'aws-cdk-lib';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';

import { acknowledge } from '../nag.ts';

/**
 * A dead-letter queue: SQS-managed encryption (senders such as SNS need no key grant), TLS
 * only, messages kept 14 days for inspection. It is the end of the line, so it has no
 * redrive policy of its own; the finding asking for one is acknowledged.
 *
 * @param scope the construct that owns the queue
 * @param id construct id of the queue
 */
export function deadLetterQueue(scope: Construct, id: string): sqs.Queue {
  const queue = new sqs.Queue(scope, id, {
    encryption: sqs.QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
  });
  acknowledge(
    queue,
    'Serverless-SQSRedrivePolicy',
    'this queue is itself a dead-letter queue; messages stay for inspection',
  );

  return queue;
}
