import { mkdirSync } from 'node:fs';

import type { S3Event, S3EventRecord } from 'aws-lambda';

import { LOOPBACK } from '../constants.ts';
import { childCommand, exitAsFailure, spawnManaged } from '../processes.ts';
import type { ChildStandIn } from './dynamodb.ts';

type S3ChildMessage = { type: 'ready'; port: number } | { type: 'event'; event: unknown };

/** Encodes an object key as S3 does in event notifications (URL-encoded, spaces as `+`). */
function encodeEventKey(key: string) {
  return encodeURIComponent(key).replace(/%20/g, '+');
}

/**
 * Turns an s3rver notification into the event S3 sends to Lambda: s3rver always says
 * us-east-1, writes a malformed bucket ARN and leaves the key unencoded.
 */
export function toS3Event(raw: unknown, region: string): S3Event {
  const records = (raw as { Records?: S3EventRecord[] }).Records ?? [];

  return {
    Records: records.map((record) => ({
      ...record,
      awsRegion: region,
      s3: {
        ...record.s3,
        bucket: { ...record.s3.bucket, arn: `arn:aws:s3:::${record.s3.bucket.name}` },
        object: { ...record.s3.object, key: encodeEventKey(record.s3.object.key) },
      },
    })),
  };
}

/**
 * Starts s3rver over `directory`, with the given buckets created if missing, and passes every
 * object event (put, post, copy, delete) to `onEvent`.
 */
export async function startS3(options: {
  directory: string;
  buckets: readonly string[];
  region: string;
  logFile: string;
  onEvent: (event: S3Event) => void;
}): Promise<ChildStandIn> {
  mkdirSync(options.directory, { recursive: true });
  const { command, args } = childCommand('s3rver.ts', ['--openssl-legacy-provider']);
  const config = { host: LOOPBACK, directory: options.directory, buckets: options.buckets };
  const managed = spawnManaged({
    name: 's3rver',
    command,
    args: [...args, JSON.stringify(config)],
    ipc: true,
    logFile: options.logFile,
  });
  const ready = new Promise<number>((resolve) => {
    managed.child.on('message', (message: S3ChildMessage) => {
      if (message.type === 'ready') resolve(message.port);
      else options.onEvent(toS3Event(message.event, options.region));
    });
  });
  try {
    const port = await Promise.race([ready, exitAsFailure(managed)]);

    return { endpoint: `http://${LOOPBACK}:${port}`, process: managed };
  } catch (error) {
    await managed.stop();
    throw error;
  }
}
