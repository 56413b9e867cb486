/**
 * The IAM action AWS CDK's `AwsCustomResource` grants for an SDK call `{ service, action }` when its policy is
 * `AwsCustomResourcePolicy.fromSdkCalls(…)`: aws-cdk-lib's `awsSdkToIamAction`, with its name tables. The service
 * is an SDK v2 class name (`'SSM'`, `'CloudWatchLogs'`), an SDK v3 package (`'@aws-sdk/client-ssm'`) or its short
 * name (`'ssm'`), in any case; the action a v2 method (`'getParameter'`), a v3 command (`'GetParameterCommand'`) or
 * its name (`'GetParameter'`).
 *
 * The tables are aws-cdk-lib's `sdk-v2-to-v3.json` and `sdk-v3-metadata.json` (aws-cdk-lib 2.276.0), only where a
 * name changes; a test compares them with the installed aws-cdk-lib.
 */

/** `a b c d` → `[[a, b], [c, d]]`: the tables below, one pair after another. */
function pairs(text: string): ReadonlyMap<string, string> {
  const words = text.trim().split(/\s+/u);
  const map = new Map<string, string>();
  for (let index = 0; index + 1 < words.length; index += 2) map.set(words[index]!, words[index + 1]!);
  return map;
}

/** SDK v2 service name (lower case) → SDK v3 package name, where they differ. */
const V2_TO_V3 = pairs(`
  acmpca acm-pca apigateway api-gateway applicationautoscaling application-auto-scaling
  applicationinsights application-insights applicationsignals application-signals appmesh app-mesh
  arczonalshift arc-zonal-shift augmentedairuntime sagemaker-a2i-runtime autoscaling auto-scaling
  autoscalingplans auto-scaling-plans backupgateway backup-gateway bcmdataexports bcm-data-exports
  bedrockagent bedrock-agent bedrockagentruntime bedrock-agent-runtime bedrockruntime bedrock-runtime
  chimesdkidentity chime-sdk-identity chimesdkmediapipelines chime-sdk-media-pipelines
  chimesdkmeetings chime-sdk-meetings chimesdkmessaging chime-sdk-messaging chimesdkvoice chime-sdk-voice
  cloudhsmv2 cloudhsm-v2 cloudsearchdomain cloudsearch-domain cloudtraildata cloudtrail-data
  cloudwatchevents cloudwatch-events cloudwatchlogs cloudwatch-logs codegurureviewer codeguru-reviewer
  codegurusecurity codeguru-security codestarconnections codestar-connections
  codestarnotifications codestar-notifications cognitoidentity cognito-identity
  cognitoidentityserviceprovider cognito-identity-provider cognitosync cognito-sync
  computeoptimizer compute-optimizer configservice config-service connectcontactlens connect-contact-lens
  costexplorer cost-explorer costoptimizationhub cost-optimization-hub cur cost-and-usage-report-service
  customerprofiles customer-profiles datapipeline data-pipeline devicefarm device-farm devopsguru devops-guru
  directconnect direct-connect directoryservice directory-service discovery application-discovery-service
  dms database-migration-service docdbelastic docdb-elastic dynamodbstreams dynamodb-streams
  ec2instanceconnect ec2-instance-connect ecrpublic ecr-public eksauth eks-auth elasticbeanstalk elastic-beanstalk
  elasticinference elastic-inference elastictranscoder elastic-transcoder elb elastic-load-balancing
  elbv2 elastic-load-balancing-v2 emrcontainers emr-containers emrserverless emr-serverless
  es elasticsearch-service finspacedata finspace-data forecastqueryservice forecastquery forecastservice forecast
  globalaccelerator global-accelerator inspectorscan inspector-scan
  iot1clickdevicesservice iot-1click-devices-service iot1clickprojects iot-1click-projects iotdata iot-data-plane
  iotevents iot-events ioteventsdata iot-events-data iotjobsdataplane iot-jobs-data-plane iotwireless iot-wireless
  ivsrealtime ivs-realtime kendraranking kendra-ranking kinesisanalytics kinesis-analytics
  kinesisanalyticsv2 kinesis-analytics-v2 kinesisvideo kinesis-video
  kinesisvideoarchivedmedia kinesis-video-archived-media kinesisvideomedia kinesis-video-media
  kinesisvideosignalingchannels kinesis-video-signaling kinesisvideowebrtcstorage kinesis-video-webrtc-storage
  launchwizard launch-wizard lexmodelbuildingservice lex-model-building-service lexmodelsv2 lex-models-v2
  lexruntime lex-runtime-service lexruntimev2 lex-runtime-v2 licensemanager license-manager
  licensemanagerlinuxsubscriptions license-manager-linux-subscriptions
  licensemanagerusersubscriptions license-manager-user-subscriptions machinelearning machine-learning
  managedblockchainquery managedblockchain-query marketplaceagreement marketplace-agreement
  marketplacecatalog marketplace-catalog marketplacecommerceanalytics marketplace-commerce-analytics
  marketplacedeployment marketplace-deployment marketplaceentitlementservice marketplace-entitlement-service
  marketplacemetering marketplace-metering mediapackagevod mediapackage-vod mediastoredata mediastore-data
  medicalimaging medical-imaging migrationhub migration-hub migrationhubconfig migrationhub-config
  migrationhubrefactorspaces migration-hub-refactor-spaces networkfirewall network-firewall
  paymentcryptography payment-cryptography paymentcryptographydata payment-cryptography-data
  pcaconnectorad pca-connector-ad pcaconnectorscep pca-connector-scep personalizeevents personalize-events
  personalizeruntime personalize-runtime pinpointemail pinpoint-email pinpointsmsvoice pinpoint-sms-voice
  pinpointsmsvoicev2 pinpoint-sms-voice-v2 qldbsession qldb-session rdsdataservice rds-data
  redshiftdata redshift-data redshiftserverless redshift-serverless resourceexplorer2 resource-explorer-2
  resourcegroups resource-groups resourcegroupstaggingapi resource-groups-tagging-api route53 route-53
  route53domains route-53-domains route53recoverycluster route53-recovery-cluster
  route53recoverycontrolconfig route53-recovery-control-config route53recoveryreadiness route53-recovery-readiness
  s3control s3-control sagemakeredge sagemaker-edge sagemakerfeaturestoreruntime sagemaker-featurestore-runtime
  sagemakergeospatial sagemaker-geospatial sagemakermetrics sagemaker-metrics sagemakerruntime sagemaker-runtime
  secretsmanager secrets-manager servicecatalog service-catalog
  servicecatalogappregistry service-catalog-appregistry servicequotas service-quotas
  snowdevicemanagement snow-device-management ssmcontacts ssm-contacts ssmincidents ssm-incidents
  ssmquicksetup ssm-quicksetup ssmsap ssm-sap ssoadmin sso-admin ssooidc sso-oidc stepfunctions sfn
  storagegateway storage-gateway supportapp support-app timestreaminfluxdb timestream-influxdb
  timestreamquery timestream-query timestreamwrite timestream-write transcribeservice transcribe voiceid voice-id
  vpclattice vpc-lattice wafregional waf-regional workspacesthinclient workspaces-thin-client
  workspacesweb workspaces-web
`);

/** SDK v3 package name → IAM service prefix, where they differ. */
const IAM_PREFIXES = pairs(`
  accessanalyzer access-analyzer amp aps api-gateway apigateway apigatewaymanagementapi execute-api
  apigatewayv2 apigateway app-mesh appmesh appconfigdata appconfig appintegrations app-integrations
  application-auto-scaling application-autoscaling application-discovery-service discovery
  application-insights applicationinsights applicationcostprofiler application-cost-profiler
  auto-scaling autoscaling auto-scaling-plans autoscaling-plans backupsearch backup-search bedrock-agent bedrock
  bedrock-agent-runtime bedrock bedrock-data-automation bedrock bedrock-data-automation-runtime bedrock
  bedrock-runtime bedrock chime-sdk-identity chime chime-sdk-media-pipelines chime chime-sdk-meetings chime
  chime-sdk-messaging chime chime-sdk-voice chime cleanroomsml cleanrooms-ml cloudcontrol cloudcontrolapi
  cloudhsm-v2 cloudhsm cloudsearch-domain cloudsearch cloudwatch-events events cloudwatch-logs logs
  codeguruprofiler codeguru-profiler cognito-identity-provider cognito-idp config-service config
  connect-contact-lens connect connectcampaigns connect-campaigns connectcampaignsv2 connect-campaigns
  connectcases cases connectparticipant execute-api cost-and-usage-report-service cur cost-explorer ce
  customer-profiles profile data-pipeline datapipeline database-migration-service dms device-farm devicefarm
  direct-connect directconnect directory-service ds directory-service-data ds-data docdb rds
  dynamodb-streams dynamodb efs elasticfilesystem elastic-beanstalk elasticbeanstalk
  elastic-load-balancing elasticloadbalancing elastic-load-balancing-v2 elasticloadbalancing
  elastic-transcoder elastictranscoder elasticsearch-service es emr elasticmapreduce eventbridge events
  finspace-data finspace-api forecastquery forecast global-accelerator globalaccelerator greengrassv2 greengrass
  iot-data-plane iotdata iot-events iotevents iot-events-data ioteventsdata iot-jobs-data-plane iot-jobs-data
  iot-managed-integrations iotmanagedintegrations iot-wireless iotwireless iotsecuretunneling IoTSecuredTunneling
  ivs-realtime ivs keyspaces cassandra kinesis-analytics kinesisanalytics kinesis-analytics-v2 kinesisanalytics
  kinesis-video kinesisvideo kinesis-video-archived-media kinesisvideo kinesis-video-media kinesisvideo
  kinesis-video-signaling kinesisvideo kinesis-video-webrtc-storage kinesisvideo launch-wizard launchwizard
  lex-model-building-service lex lex-models-v2 lex lex-runtime-service lex lex-runtime-v2 lex location geo
  machine-learning machinelearning mailmanager ses marketplace-agreement aws-marketplace
  marketplace-catalog aws-marketplace marketplace-commerce-analytics marketplacecommerceanalytics
  marketplace-deployment aws-marketplace marketplace-entitlement-service aws-marketplace
  marketplace-metering aws-marketplace marketplace-reporting aws-marketplace mediastore-data mediastore
  migration-hub mgh migration-hub-refactor-spaces refactor-spaces migrationhub-config mgh
  migrationhuborchestrator migrationhub-orchestrator migrationhubstrategy migrationhub-strategy
  mturk mturk-requester mwaa airflow neptune rds neptunedata neptune-db
  notificationscontacts notifications-contacts opensearch es opensearchserverless aoss opsworkscm opsworks-cm
  payment-cryptography-data payment-cryptography personalize-events personalize personalize-runtime personalize
  pinpoint mobiletargeting pinpoint-email ses pinpoint-sms-voice sms-voice pinpoint-sms-voice-v2 sms-voice
  qconnect wisdom qldb-session qldb rekognitionstreaming rekognition resource-groups-tagging-api tagging
  route-53 route53 route-53-domains route53domains s3-control s3 s3outposts s3-outposts
  sagemaker-a2i-runtime sagemaker sagemaker-edge sagemaker sagemaker-featurestore-runtime sagemaker
  sagemaker-metrics sagemaker sagemaker-runtime sagemaker secrets-manager secretsmanager
  serverlessapplicationrepository serverlessrepo service-catalog servicecatalog
  service-catalog-appregistry servicecatalog service-quotas servicequotas sesv2 ses sfn states
  socialmessaging social-messaging sso awsssoportal sso-admin sso sso-oidc sso-oauth storage-gateway storagegateway
  supplychain scn support-app supportapp taxsettings tax timestream-query timestream timestream-write timestream
  transcribe-streaming transcribe voice-id voiceid workspaces-thin-client thinclient
`);

/** Commands whose name ends in `Command` as the action's own name does (`ssm:SendCommand`). */
const COMMAND_NAMED_ACTIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ['ecs', ['ExecuteCommand']],
  ['iot', ['CreateCommand', 'DeleteCommand', 'GetCommand', 'UpdateCommand']],
  ['qldb-session', ['SendCommand']],
  ['ssm', ['CancelCommand', 'SendCommand']],
]);

const SERVICE_NAME = /^(?:@aws-sdk\/client-)?[A-Za-z0-9][A-Za-z0-9-]*$/u;
const ACTION_NAME = /^[A-Za-z][A-Za-z0-9]*$/u;

/** `ssm:GetParameter` for `('SSM', 'getParameter')`; null for names no SDK call has. */
export function sdkCallIamAction(service: string, action: string): string | null {
  if (!SERVICE_NAME.test(service) || !ACTION_NAME.test(action)) return null;
  let v3Name = service.toLowerCase();
  if (v3Name.startsWith('@aws-sdk/client-')) v3Name = v3Name.slice('@aws-sdk/client-'.length);
  v3Name = V2_TO_V3.get(v3Name) ?? v3Name;
  const prefix = IAM_PREFIXES.get(v3Name) ?? v3Name;
  const first = action.charAt(0);
  let name: string;
  if (first.toLowerCase() === first) name = first.toUpperCase() + action.slice(1);
  else if (COMMAND_NAMED_ACTIONS.get(v3Name)?.includes(action) === true) name = action;
  else name = action.replace(/Command$/u, '');
  return name === '' ? null : `${prefix}:${name}`;
}
