// One-off admin script: lets the partner account read the exports bucket. JavaScript, ES modules, SDK v3.
import { PutBucketPolicyCommand, S3Client } from '@aws-sdk/client-s3';

const bucket = process.argv[2];
const policy = {
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: '*',
      Action: 's3:GetObject',
      Resource: `arn:aws:s3:::${bucket}/*`,
    },
  ],
};

await new S3Client({}).send(new PutBucketPolicyCommand({ Bucket: bucket, Policy: JSON.stringify(policy) }));
