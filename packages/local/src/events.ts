import {
  DescribeStreamCommand,
  type DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record as StreamRecord,
  type ShardIteratorType,
} from '@aws-sdk/client-dynamodb-streams';
import { DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type {
  DynamoDBBatchResponse,
  DynamoDBRecord,
  DynamoDBStreamEvent,
  S3Event,
} from 'aws-lambda';

/** A consumer of a table's stream, as a Lambda behind an event source mapping. */
export type StreamConsumer = (
  event: DynamoDBStreamEvent,
) => Promise<DynamoDBBatchResponse | void> | DynamoDBBatchResponse | void;

/** A consumer of a bucket's object events, as a Lambda behind an S3 notification. */
export type S3Consumer = (event: S3Event) => Promise<void> | void;

const streamConsumers = new Map<string, Set<StreamConsumer>>();
const s3Consumers = new Map<string, Set<S3Consumer>>();

function register<T>(registry: Map<string, Set<T>>, key: string, consumer: T) {
  if (!registry.has(key)) registry.set(key, new Set());
  registry.get(key)?.add(consumer);

  return () => {
    registry.get(key)?.delete(consumer);
  };
}

/**
 * Delivers the records of a table's stream to `consumer` in batches, as Lambda's event
 * source mapping does. Returns a function that unregisters it.
 */
export function registerStreamConsumer(tableName: string, consumer: StreamConsumer) {
  return register(streamConsumers, tableName, consumer);
}

/**
 * Delivers the object events of a bucket (created by put, post or copy; removed) to
 * `consumer`. Returns a function that unregisters it.
 */
export function registerS3Consumer(bucket: string, consumer: S3Consumer) {
  return register(s3Consumers, bucket, consumer);
}

/** Hands an S3 event to the consumers of its bucket; a failing consumer is logged, not retried. */
export async function dispatchS3Event(
  event: S3Event,
  onError: (message: string, error: unknown) => void = console.error,
) {
  for (const record of event.Records) {
    const bucket = record.s3.bucket.name;
    for (const consumer of s3Consumers.get(bucket) ?? []) {
      try {
        await consumer({ Records: [record] });
      } catch (error) {
        onError(`S3 consumer of ${bucket} failed on ${record.s3.object.key}`, error);
      }
    }
  }
}

/** A DynamoDB Streams record in the shape Lambda passes it. */
export function toLambdaRecord(record: StreamRecord, streamArn: string, region: string) {
  const change = record.dynamodb ?? {};
  const created = change.ApproximateCreationDateTime;

  return {
    eventID: record.eventID,
    eventName: record.eventName,
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: region,
    eventSourceARN: streamArn,
    dynamodb: {
      ...change,
      ...(created ? { ApproximateCreationDateTime: Math.floor(created.getTime() / 1000) } : {}),
    },
  } as DynamoDBRecord;
}

/** What {@link startStreamPoller} reads, and how often. */
export interface StreamPollerOptions {
  client: DynamoDBClient;
  streams: DynamoDBStreamsClient;
  /** Tables whose streams are read (those without a stream are skipped). */
  tableNames: readonly string[];
  region: string;
  /** @default 250 */
  intervalMs?: number;
  /** @default 100 */
  batchSize?: number;
  /** Attempts per batch before it is logged and skipped. @default 3 */
  maxAttempts?: number;
  onError?: (message: string, error: unknown) => void;
}

interface ShardCursor {
  iterator: string | undefined;
  attempts: number;
}

/**
 * Polls the streams of DynamoDB Local and feeds the registered consumers, from the moment it
 * starts (LATEST) and from the start of shards that open later. A batch that throws is
 * retried, one that reports `batchItemFailures` is resumed from the first failed record;
 * after `maxAttempts` the batch is logged and skipped, as with a bounded retry policy.
 */
export function startStreamPoller(options: StreamPollerOptions) {
  const intervalMs = options.intervalMs ?? 250;
  const batchSize = options.batchSize ?? 100;
  const maxAttempts = options.maxAttempts ?? 3;
  const onError = options.onError ?? ((message, error) => console.error(message, error));
  const { streams } = options;
  let running = true;
  let wake: (() => void) | undefined;

  async function iterator(
    streamArn: string,
    shardId: string,
    type: ShardIteratorType,
    at?: string,
  ) {
    const result = await streams.send(
      new GetShardIteratorCommand({
        StreamArn: streamArn,
        ShardId: shardId,
        ShardIteratorType: type,
        ...(at ? { SequenceNumber: at } : {}),
      }),
    );

    return result.ShardIterator;
  }

  async function deliver(tableName: string, records: DynamoDBRecord[]) {
    let failedFrom: string | undefined;
    for (const consumer of streamConsumers.get(tableName) ?? []) {
      const result = await consumer({ Records: records });
      const first = result?.batchItemFailures?.[0]?.itemIdentifier;
      if (first && (!failedFrom || BigInt(first) < BigInt(failedFrom))) failedFrom = first;
    }

    return failedFrom;
  }

  async function pollShard(
    tableName: string,
    streamArn: string,
    shardId: string,
    cursor: ShardCursor,
  ) {
    if (!cursor.iterator) return;
    const page = await streams.send(
      new GetRecordsCommand({ ShardIterator: cursor.iterator, Limit: batchSize }),
    );
    const records = (page.Records ?? []).map((r) => toLambdaRecord(r, streamArn, options.region));
    if (records.length === 0) {
      cursor.iterator = page.NextShardIterator;

      return;
    }
    let failedFrom: string | undefined;
    try {
      failedFrom = await deliver(tableName, records);
    } catch (error) {
      failedFrom = records[0]?.dynamodb?.SequenceNumber;
      onError(`stream consumer of ${tableName} failed`, error);
    }
    cursor.attempts = failedFrom ? cursor.attempts + 1 : 0;
    if (failedFrom && cursor.attempts < maxAttempts) {
      cursor.iterator = await iterator(streamArn, shardId, 'AT_SEQUENCE_NUMBER', failedFrom);

      return;
    }
    if (failedFrom) onError(`gave up on ${records.length} records of ${tableName}`, undefined);
    cursor.attempts = 0;
    cursor.iterator = page.NextShardIterator;
  }

  const cursors = new Map<string, { tableName: string; streamArn: string; cursor: ShardCursor }>();
  const seenTables = new Set<string>();

  /** Picks up new shards; those open when a table is first seen start at LATEST. */
  async function discoverShards(tableName: string) {
    const described = await options.client.send(new DescribeTableCommand({ TableName: tableName }));
    const streamArn = described.Table?.LatestStreamArn;
    if (!streamArn) return;
    const firstLook = !seenTables.has(tableName);
    const stream = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }));
    for (const shard of stream.StreamDescription?.Shards ?? []) {
      const key = `${streamArn}/${shard.ShardId}`;
      if (!shard.ShardId || cursors.has(key)) continue;
      if (firstLook && shard.SequenceNumberRange?.EndingSequenceNumber) continue;
      const type = firstLook ? 'LATEST' : 'TRIM_HORIZON';
      const cursor = { iterator: await iterator(streamArn, shard.ShardId, type), attempts: 0 };
      cursors.set(key, { tableName, streamArn, cursor });
    }
    seenTables.add(tableName);
  }

  const loop = (async () => {
    for (let round = 0; running; round += 1) {
      // Shards change rarely; looking for new ones every few rounds is enough.
      if (round % 4 === 0) {
        for (const tableName of options.tableNames) {
          await discoverShards(tableName).catch((error: unknown) =>
            onError(`reading the stream of ${tableName} failed`, error),
          );
        }
      }
      for (const [key, { tableName, streamArn, cursor }] of cursors) {
        const shardId = key.slice(streamArn.length + 1);
        await pollShard(tableName, streamArn, shardId, cursor).catch((error: unknown) =>
          onError(`polling the stream of ${tableName} failed`, error),
        );
      }
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, intervalMs);
      });
    }
  })();

  return {
    /** Stops polling; resolves when the current round has ended. */
    async stop() {
      running = false;
      wake?.();
      await loop;
    },
  };
}
