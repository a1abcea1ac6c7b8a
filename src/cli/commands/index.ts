import type { CliCommand } from '../command.js';

export interface CommandEntry {
  name: string;
  summary: string;
  /** Loaded only when the command runs (or shows its help), so `newsfacts --help` loads none of them. */
  load(): Promise<CliCommand>;
}

/** Every CLI command; a new command is a file in this folder plus one line here. */
export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'extract',
    summary: 'Clean one page and extract its facts: one Article as JSON (or its text)',
    load: async () => (await import('./extract.js')).extractCommand,
  },
  {
    name: 'replay',
    summary: 'Clean and extract every stored page below a directory, or every HTML response of a WARC',
    load: async () => (await import('./replay.js')).replayCommand,
  },
  {
    name: 'crawl',
    summary: 'Crawl the profile sites (or any news site) politely: WARC + articles + facts JSONL, incremental',
    load: async () => (await import('./crawl.js')).crawlCommand,
  },
  {
    name: 'export',
    summary: 'Write feed records (JSONL) appended after a cursor or time; prints the cursor to continue from',
    load: async () => (await import('./export.js')).exportCommand,
  },
  {
    name: 'report',
    summary: 'Write one self-contained HTML page with charts and tables of a facts feed',
    load: async () => (await import('./report.js')).reportCommand,
  },
  {
    name: 'eval',
    summary: 'Score extraction against hand-annotated gold facts: P/R/F1 per fact type and language, text F1',
    load: async () => (await import('./eval.js')).evalCommand,
  },
  {
    name: 'sites',
    summary: 'List the known site profiles and editions (shipped, NEWSFACTS_PROFILES, --profile FILE)',
    load: async () => (await import('./sites.js')).sitesCommand,
  },
  {
    name: 'schedule',
    summary: 'Add, list or remove scheduled discover crawls (BullMQ Job Schedulers on REDIS_URL)',
    load: async () => (await import('./schedule.js')).scheduleCommand,
  },
  {
    name: 'worker',
    summary: 'Run queue workers (discover, article, export) against REDIS_URL until SIGINT/SIGTERM',
    load: async () => (await import('./worker.js')).workerCommand,
  },
  {
    name: 'jobs',
    summary: 'Show queue counts, list failed jobs with their reasons, or retry a failed job',
    load: async () => (await import('./jobs.js')).jobsCommand,
  },
  {
    name: 'dashboard',
    summary: 'Serve bull-board for the discover, article and export queues until SIGINT/SIGTERM',
    load: async () => (await import('./dashboard.js')).dashboardCommand,
  },
];
