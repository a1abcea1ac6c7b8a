import type { Command } from '../command.js';
import { extractCommand } from './extract.js';
import { replayCommand } from './replay.js';

/** Every CLI command; a new command is a file in this folder plus one line here. */
export const COMMANDS: readonly Command[] = [extractCommand, replayCommand];
