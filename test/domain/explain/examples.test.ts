// The @example of every exported function of domain/explain runs here, and type-checks.
import * as explain from '../../../src/domain/explain';
import { describeExamples } from '../support/examples';

describeExamples('explain', explain, 1);
