import type { Command } from '../command.js';
import { extractCommand } from './extract.js';
import { replayCommand } from './replay.js';
import { crawlCommand } from './crawl.js';
import { exportCommand } from './export.js';
import { evalCommand } from './eval.js';
import { dashboardCommand } from './dashboard.js';
import { jobsCommand } from './jobs.js';
import { scheduleCommand } from './schedule.js';
import { sitesCommand } from './sites.js';
import { workerCommand } from './worker.js';

/** Every CLI command; a new command is a file in this folder plus one line here. */
export const COMMANDS: readonly Command[] = [extractCommand, replayCommand, crawlCommand, exportCommand, evalCommand, sitesCommand, scheduleCommand, workerCommand, jobsCommand, dashboardCommand];
