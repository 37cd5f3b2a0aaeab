/**
 * The registered commands, in the order `criba --help` lists them. One import and one array line
 * per command file.
 */
import type { Command } from 'commander';
import type { Io } from '../output.js';
import { registerUpdate } from './update.js';
import { registerLists } from './lists.js';
import { registerDiff } from './diff.js';
import { registerScreen } from './screen.js';
import { registerCompare } from './compare.js';
import { registerScan } from './scan.js';
import { registerServe } from './serve.js';
import { registerEval } from './eval.js';

export type RegisterCommand = (program: Command, io: Io) => void;

export const COMMANDS: RegisterCommand[] = [
  registerUpdate,
  registerLists,
  registerDiff,
  registerScreen,
  registerCompare,
  registerScan,
  registerServe,
  registerEval,
];
