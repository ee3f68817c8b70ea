/**
 * The study plan's content as typed data. Strings that are instructions to the learner are copied from the
 * seed (`ml-pro-study-plan.txt`) word for word; ids are ours and must never change, because ticks, misses and
 * backups refer to them.
 */

import type { FailureModeId, LessonId, PhaseId, WeakDomainId } from './seed-ids';

export const planTitle =
  'Databricks ML-PRO Study Plan: MLOps, Governance, and Serving in 30, 60, and 90 Days';

export const planSubtitle =
  'Databricks ML-PRO 30-, 60-, and 90-day study plan for MLOps, governance, serving, review loops, and final-week priorities.';

export const planIntro =
  'This page answers the real ML-PRO planning question: how do you cover a professional ML exam without reducing it to generic MLOps slogans? The exam rewards candidates who can classify the production boundary first, then choose the safest Databricks-native response.';

export const planRevised = 'Revised on Sunday, May 10, 2026';

/** Chapter lessons: the "local guide" the seed's chapter numbers point at. */
export const lessons = [
  { id: '1.1', title: 'SparkML Pipelines, Estimators and Transformers' },
  { id: '1.2', title: 'Inference Fit, Single-Node vs SparkML, and Scoring Modes' },
  { id: '1.3', title: 'Distributed Training, Parallelization, Spark vs Ray' },
  { id: '1.4', title: 'Distributed Hyperparameter Tuning with Optuna, Ray and MLflow' },
  { id: '1.5', title: 'Nested Runs, Point-in-Time Correctness and Online Features' },
  { id: '2.1', title: 'Lifecycle Architecture, Aliases and Deploy Code Strategy' },
  { id: '2.2', title: 'Unit Tests, Integration Tests and Environment Stages' },
  { id: '2.3', title: 'Environment Architecture and Asset Bundles for ML Assets' },
  { id: '2.4', title: 'Automated Retraining and Model Selection Strategy' },
  { id: '2.5', title: 'Lakehouse Monitoring, Drift Metrics and Alerting Design' },
  { id: '3.1', title: 'Deployment strategies: blue-green and canary rollout' },
  { id: '3.2', title: 'Custom serving and deployment interfaces' },
] as const satisfies readonly { id: LessonId; title: string }[];

/** Table "Choose the right timeline". */
export const startingPoints = [
  {
    id: 'deploys-on-databricks',
    label: 'you already deploy and monitor models on Databricks',
    typicalHours: '35-60 hours',
    minHours: 35,
    maxHours: 60,
    bestFitRoute: '4-6 weeks',
  },
  {
    id: 'lighter-on-mlops',
    label: 'you know ML well but are lighter on Databricks MLOps and monitoring',
    typicalHours: '60-90 hours',
    minHours: 60,
    maxHours: 90,
    bestFitRoute: '6-8 weeks',
  },
  {
    id: 'newer-to-production',
    label: 'you are strong in modeling but newer to production ML systems',
    typicalHours: '90-130+ hours',
    minHours: 90,
    maxHours: 130,
    bestFitRoute: '8-12 weeks',
  },
] as const;

export type StartingPointId = (typeof startingPoints)[number]['id'];

/** Table "Choose a route based on hours per week, not optimism". */
export const hoursBands = [
  { id: '9-12', label: '9-12 hrs/week', minHours: 9, maxHours: 12, betterRoute: '4-6 week push' },
  { id: '6-8', label: '6-8 hrs/week', minHours: 6, maxHours: 8, betterRoute: 'default 6-week plan' },
  { id: '3-5', label: '3-5 hrs/week', minHours: 3, maxHours: 5, betterRoute: '8-12 week part-time plan' },
] as const;

export type HoursBandId = (typeof hoursBands)[number]['id'];

export const hoursRuleText = 'Choose a route based on hours per week, not optimism:';

export interface SeedTask {
  /** Stable across routes: the same piece of work keeps its tick when the route changes. */
  readonly id: string;
  /** A phrase of the week's "What to do", so the learner recognises it. */
  readonly label: string;
  readonly lessons: readonly LessonId[];
}

export interface SeedWeek {
  readonly week: number;
  readonly focus: string;
  /** Word for word from the seed. */
  readonly whatToDo: string;
  readonly tasks: readonly SeedTask[];
}

const task = (id: string, label: string, ...taskLessons: LessonId[]): SeedTask => ({
  id,
  label,
  lessons: taskLessons,
});

const t = {
  sparkmlPipelines: task('sparkml-pipelines', 'SparkML pipelines', '1.1'),
  inferenceFit: task('inference-fit', 'inference fit', '1.2'),
  scalingStrategy: task('scaling-strategy', 'scaling strategy', '1.3'),
  optunaRay: task('optuna-ray', 'Optuna, Ray', '1.4'),
  nestedRuns: task('mlflow-nested-runs', 'MLflow nested runs', '1.5'),
  pointInTime: task('point-in-time', 'point-in-time correctness', '1.5'),
  onlineFeatures: task('online-features', 'online feature thinking', '1.5'),
  aliases: task('aliases', 'aliases', '2.1'),
  deployCode: task('deploy-code', 'deploy-code strategy', '2.1'),
  unitTests: task('unit-tests', 'unit tests', '2.2'),
  integrationTests: task('integration-tests', 'integration tests', '2.2'),
  environmentStages: task('environment-stages', 'environment stages', '2.2'),
  environmentArchitecture: task('environment-architecture', 'environment architecture', '2.3'),
  assetBundles: task('asset-bundles', 'Asset Bundles', '2.3'),
  automatedRetraining: task('automated-retraining', 'automated retraining', '2.4'),
  missRulesPromotion: task(
    'miss-rules-promotion',
    'write miss-log rules about promotion, retraining, and model selection',
    '2.1',
    '2.4',
  ),
  lakehouseMonitoring: task('lakehouse-monitoring', 'finish Chapter 2: Lakehouse Monitoring', '2.5'),
  deploymentStrategy: task('deployment-strategy', 'work Chapter 3: deployment strategy', '3.1'),
  customServing: task('custom-serving', 'work Chapter 3: custom serving and deployment interfaces', '3.2'),
  drillMixed: task('drill-mixed', 'drill mixed scenarios'),
  reworkMissLog: task('rework-miss-log', 'rework your miss log'),
  finalPass: task('final-pass', 'do a final pass through the cheat sheet, faq, and resources'),
  compMixedSets: task('mixed-sets', 'mixed sets'),
  compMissLogRepair: task('miss-log-repair', 'miss-log repair'),
  compLiveSource: task('live-source-verification', 'live-source verification'),
};

/** Table "Default 6-week plan". */
export const defaultPlan: readonly SeedWeek[] = [
  {
    week: 1,
    focus: 'SparkML and scalable model-development choices',
    whatToDo: 'work Chapter 1 through SparkML pipelines, inference fit, and scaling strategy',
    tasks: [t.sparkmlPipelines, t.inferenceFit, t.scalingStrategy],
  },
  {
    week: 2,
    focus: 'distributed tuning, nested runs, and feature consistency',
    whatToDo:
      'finish Chapter 1 with Optuna, Ray, MLflow nested runs, point-in-time correctness, and online feature thinking',
    tasks: [t.optunaRay, t.nestedRuns, t.pointInTime, t.onlineFeatures],
  },
  {
    week: 3,
    focus: 'lifecycle architecture and testing',
    whatToDo:
      'start Chapter 2 with aliases, deploy-code strategy, unit tests, integration tests, and environment stages',
    tasks: [t.aliases, t.deployCode, t.unitTests, t.integrationTests, t.environmentStages],
  },
  {
    week: 4,
    focus: 'environment architecture, Asset Bundles, and automated retraining',
    whatToDo:
      'finish the architectural side of Chapter 2 and write miss-log rules about promotion, retraining, and model selection',
    tasks: [t.environmentArchitecture, t.assetBundles, t.automatedRetraining, t.missRulesPromotion],
  },
  {
    week: 5,
    focus: 'Lakehouse Monitoring and deployment strategy',
    whatToDo: 'finish Chapter 2 and work Chapter 3 so monitoring and rollout safety stay connected',
    tasks: [t.lakehouseMonitoring, t.deploymentStrategy, t.customServing],
  },
  {
    week: 6,
    focus: 'mixed sets and weak-lane repair',
    whatToDo:
      'drill mixed scenarios, rework your miss log, and do a final pass through the cheat sheet, faq, and resources',
    tasks: [t.drillMixed, t.reworkMissLog, t.finalPass],
  },
];

export const compressionIntro =
  'If you already own Databricks ML release and monitoring workflows, compress the route into four weeks:';

/** Table "Compression option for experienced candidates": the focus is the whole instruction. */
export const compressionPlan: readonly SeedWeek[] = [
  {
    week: 1,
    focus: 'chapter 1 entirely',
    whatToDo: 'chapter 1 entirely',
    tasks: [
      t.sparkmlPipelines,
      t.inferenceFit,
      t.scalingStrategy,
      t.optunaRay,
      t.nestedRuns,
      t.pointInTime,
      t.onlineFeatures,
    ],
  },
  {
    week: 2,
    focus: 'chapter 2 lifecycle, tests, and environments',
    whatToDo: 'chapter 2 lifecycle, tests, and environments',
    tasks: [
      t.aliases,
      t.deployCode,
      t.unitTests,
      t.integrationTests,
      t.environmentStages,
      t.environmentArchitecture,
      t.assetBundles,
    ],
  },
  {
    week: 3,
    focus: 'chapter 2 retraining and monitoring plus chapter 3 deployment',
    whatToDo: 'chapter 2 retraining and monitoring plus chapter 3 deployment',
    tasks: [t.automatedRetraining, t.lakehouseMonitoring, t.deploymentStrategy, t.customServing],
  },
  {
    week: 4,
    focus: 'mixed sets, miss-log repair, and live-source verification',
    whatToDo: 'mixed sets, miss-log repair, and live-source verification',
    tasks: [t.compMixedSets, t.compMissLogRepair, t.compLiveSource],
  },
];

/** Table "What a good 60-minute session looks like". */
export const sessionPhases = [
  {
    id: 'objective',
    minutes: '0-10',
    startMinute: 0,
    endMinute: 10,
    whatToDo: 'read one official objective',
    why: 'keeps the session tied to the live blueprint',
    worksheetLabel: 'The official objective you read',
  },
  {
    id: 'boundary',
    minutes: '10-20',
    startMinute: 10,
    endMinute: 20,
    whatToDo: 'restate the production boundary',
    why: 'prevents generic-ML studying',
    worksheetLabel: 'The production boundary, restated',
  },
  {
    id: 'scenario',
    minutes: '20-40',
    startMinute: 20,
    endMinute: 40,
    whatToDo: 'solve one scenario and choose the safest Databricks response',
    why: 'forces system-level reasoning',
    worksheetLabel: 'The scenario and the response you chose',
  },
  {
    id: 'rules',
    minutes: '40-50',
    startMinute: 40,
    endMinute: 50,
    whatToDo: 'write one miss rule and one safer action rule',
    why: 'makes the next session targeted',
    worksheetLabel: 'Your miss rule and safer action rule',
  },
  {
    id: 'verify',
    minutes: '50-60',
    startMinute: 50,
    endMinute: 60,
    whatToDo: 'verify with the local guide and one official doc',
    why: 'prevents false confidence',
    worksheetLabel: 'What you verified, against which lesson and official doc',
  },
] as const satisfies readonly {
  id: PhaseId;
  minutes: string;
  startMinute: number;
  endMinute: number;
  whatToDo: string;
  why: string;
  worksheetLabel: string;
}[];

/** Table "Best order for weak lanes". */
export const weakLanes = [
  {
    id: 'scaling',
    label: 'distributed training and scaling',
    orderText: 'chapter 1.2 -> 1.3 -> 1.4',
    order: ['1.2', '1.3', '1.4'],
  },
  {
    id: 'features',
    label: 'feature consistency and leakage',
    orderText: 'chapter 1.5 -> chapter 2.1 -> chapter 2.5',
    order: ['1.5', '2.1', '2.5'],
  },
  {
    id: 'lifecycle',
    label: 'MLflow lifecycle and promotion',
    orderText: 'chapter 2.1 -> chapter 2.3 -> chapter 3.1',
    order: ['2.1', '2.3', '3.1'],
  },
  {
    id: 'monitoring',
    label: 'monitoring and drift response',
    orderText: 'chapter 2.5 -> chapter 3.1',
    order: ['2.5', '3.1'],
  },
  {
    id: 'deployment',
    label: 'deployment and rollout safety',
    orderText: 'chapter 3.1 -> chapter 3.2 -> chapter 2.1',
    order: ['3.1', '3.2', '2.1'],
  },
] as const satisfies readonly { id: string; label: string; orderText: string; order: readonly LessonId[] }[];

export const weakLanesHeading = { lane: 'If you are weakest in…', order: 'Fix it in this order' };

export type LaneId = (typeof weakLanes)[number]['id'];

/** Table "What to record after every mixed set". */
export const recordSteps = [
  { step: 1, capture: 'the weak domain: model development, MLOps, or deployment' },
  {
    step: 2,
    capture:
      'the real failure mode: wrong scaling fit, leakage, weak lifecycle control, poor testing, unsafe rollout, or bad monitoring reaction',
  },
  { step: 3, capture: 'the one sentence rule you should have used' },
  { step: 4, capture: 'the exact local lesson or official doc to revisit next' },
] as const;

export const weakDomains = [
  { id: 'model-development', label: 'model development' },
  { id: 'mlops', label: 'MLOps' },
  { id: 'deployment', label: 'deployment' },
] as const satisfies readonly { id: WeakDomainId; label: string }[];

/**
 * Failure modes and the weak lane each one repairs. The seed names both lists but not the pairing; the
 * pairing is the product's rule: wrong scaling fit → scaling, leakage → features, weak lifecycle control and
 * poor testing → lifecycle, unsafe rollout → deployment, bad monitoring reaction → monitoring.
 */
export const failureModes = [
  { id: 'wrong-scaling-fit', label: 'wrong scaling fit', lane: 'scaling' },
  { id: 'leakage', label: 'leakage', lane: 'features' },
  { id: 'weak-lifecycle-control', label: 'weak lifecycle control', lane: 'lifecycle' },
  { id: 'poor-testing', label: 'poor testing', lane: 'lifecycle' },
  { id: 'unsafe-rollout', label: 'unsafe rollout', lane: 'deployment' },
  { id: 'bad-monitoring-reaction', label: 'bad monitoring reaction', lane: 'monitoring' },
] as const satisfies readonly { id: FailureModeId; label: string; lane: LaneId }[];

/** Section "Booking signal": three self-checks the learner ticks and one computed from the miss log. */
export const bookingIntro = 'You are getting close when:';

export const bookingChecks = [
  {
    id: 'safe-to-promote',
    text: 'you can explain why a model version is safe to promote, not just why it scored well',
    computed: false,
  },
  {
    id: 'not-interchangeable',
    text: 'you stop treating retrain, rollback, and upstream fix as interchangeable',
    computed: false,
  },
  {
    id: 'misses-narrow',
    text: 'your misses narrow into a few repeat lanes such as drift metrics, rollout strategy, or feature consistency',
    computed: true,
  },
  {
    id: 'defend-databricks-answer',
    text: 'you can defend a Databricks-specific answer in terms of reproducibility, traceability, and blast radius',
    computed: false,
  },
] as const;

export type BookingCheckId = (typeof bookingChecks)[number]['id'];

/** Table "Last 7-day compression plan", Day 7 first as in the seed. */
export const lastSevenDays = [
  { day: 7, focus: 'SparkML, estimator or transformer choice, and scoring modes only' },
  { day: 6, focus: 'distributed training, Spark vs Ray, and tuning only' },
  { day: 5, focus: 'MLflow lifecycle, aliases, tests, and environment design only' },
  { day: 4, focus: 'Asset Bundles, automated retraining, and selection logic only' },
  { day: 3, focus: 'Lakehouse Monitoring, drift metrics, and alerting only' },
  { day: 2, focus: 'blue-green, canary, custom serving, and deployment interfaces only' },
  { day: 1, focus: 'one light mixed set, miss-log repair, and live Databricks source check only' },
] as const;

/** Section "What not to do in the final 72 hours". */
export const finalRules = [
  {
    id: 'no-trivia',
    text: 'do not chase generic algorithm trivia that never changes the production decision',
  },
  {
    id: 'no-collapsing-lane',
    text: 'do not keep taking mixed sets if one lane is still collapsing; isolate it and repair it first',
  },
  {
    id: 'no-vendor-neutral',
    text: 'do not rely on vendor-neutral MLOps patterns when the question is really about Databricks lifecycle or serving behavior',
  },
] as const;
