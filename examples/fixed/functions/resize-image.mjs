// S3 trigger: writes a thumbnail for every uploaded image. JavaScript, ES modules.
// serverless.yml: handler: functions/resize-image.main
import { Logger } from '@aws-lambda-powertools/logger';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';

const logger = new Logger({ serviceName: 'thumbnails' });
const s3 = new S3Client({});

async function resize(body) {
  return body; // image processing elided
}

export async function main(event) {
  for (const record of event.Records) {
    const { bucket, object } = record.s3;
    const original = await s3.send(new GetObjectCommand({ Bucket: bucket.name, Key: object.key }));
    const thumbnail = await resize(await original.Body.transformToByteArray());
    await s3.send(new PutObjectCommand({ Bucket: bucket.name, Key: `thumbnails/${object.key}`, Body: thumbnail }));
    logger.info('Thumbnail written', { bucket: bucket.name, key: object.key });
  }
}
