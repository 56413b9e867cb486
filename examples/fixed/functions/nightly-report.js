// Nightly report: copies yesterday's orders to the reports bucket. JavaScript, CommonJS, AWS SDK v2.
const AWS = require('aws-sdk');

// No keys in code: the execution role supplies credentials.
const s3 = new AWS.S3();

exports.handler = async (event, context) => {
  console.log(JSON.stringify({ message: 'report run', requestId: context.awsRequestId, date: event.date }));
  const listing = await s3.listObjectsV2({ Bucket: process.env.ORDERS_BUCKET }).promise();
  console.log(JSON.stringify({ message: 'copying', count: listing.KeyCount }));
  for (const item of listing.Contents ?? []) {
    await s3
      .copyObject({
        Bucket: process.env.REPORTS_BUCKET,
        CopySource: `${process.env.ORDERS_BUCKET}/${item.Key}`,
        Key: item.Key,
      })
      .promise();
  }
  return { copied: listing.KeyCount };
};
