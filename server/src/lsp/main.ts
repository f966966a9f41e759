/**
 * Entry point of the bundled language server (server/dist/server.js): the transport (`--stdio`,
 * `--node-ipc`, `--socket=N`) comes from the command line, as vscode-languageserver reads it.
 */
import { join } from 'node:path';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { tuneV8ForParsing } from '../core/runtime/v8-tuning';
import { startServer } from './server';

tuneV8ForParsing();
startServer(createConnection(ProposedFeatures.all), { cliPath: join(__dirname, '..', 'bin', 'assay.js') });
