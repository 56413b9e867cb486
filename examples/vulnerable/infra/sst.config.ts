/// <reference path="./.sst/platform/config.d.ts" />
// SST v3 app for the image thumbnails: the worker may do anything to any bucket, and its URL and the API route to it
// are open to anyone.
export default $config({
  app() {
    return { name: 'thumbnails', home: 'aws' };
  },
  async run() {
    const images = new sst.aws.Bucket('Images');
    new sst.aws.Function('Thumbnailer', {
      handler: 'functions/resize-image.main',
      link: [images],
      url: true,
      permissions: [{ actions: ['s3:*'], resources: ['*'] }],
    });
    const api = new sst.aws.ApiGatewayV2('Api');
    api.route('POST /thumbnails', 'functions/resize-image.main');
  },
});
