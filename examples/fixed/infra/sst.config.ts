/// <reference path="./.sst/platform/config.d.ts" />
// SST v3 app for the image thumbnails: the worker reads and writes objects of its own bucket, and only signed
// (IAM-authorized) requests reach its URL and the API route to it.
export default $config({
  app() {
    return { name: 'thumbnails', home: 'aws' };
  },
  async run() {
    const images = new sst.aws.Bucket('Images');
    new sst.aws.Function('Thumbnailer', {
      handler: 'functions/resize-image.main',
      link: [images],
      url: { authorization: 'iam' },
      permissions: [{ actions: ['s3:GetObject', 's3:PutObject'], resources: [$interpolate`${images.arn}/*`] }],
    });
    const api = new sst.aws.ApiGatewayV2('Api');
    api.route('POST /thumbnails', 'functions/resize-image.main', { auth: { iam: true } });
  },
});
