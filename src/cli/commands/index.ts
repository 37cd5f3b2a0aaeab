/**
 * The registered commands, in the order `criba --help` lists them. One line per command file.
 */
import type { Command } from 'commander';
import type { Io } from '../output.js';

export type RegisterCommand = (program: Command, io: Io) => void;

export const COMMANDS: RegisterCommand[] = [];
