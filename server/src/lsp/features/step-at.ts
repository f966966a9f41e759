/**
 * `assay/stepAt`: which block and step of an open document a position is in, named as run events name
 * them, so that the extension can show what it last saw of that step (its last response).
 */
import { stepAt } from '../../core/completion';
import type { Feature } from '../feature';
import { StepAt } from '../protocol';

export const stepAtFeature: Feature = {
  capabilities: {},
  register({ connection, workspace }) {
    connection.onRequest(StepAt.method, ({ uri, position }: StepAt.Params): StepAt.Result => {
      const doc = workspace.get(uri);
      return (doc && stepAt(doc.state.ast, doc.path, doc.text.offsetAt(position))) ?? null;
    });
  },
};
