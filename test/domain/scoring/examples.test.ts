// The @example of every exported function of domain/scoring runs here, and type-checks.
import * as scoring from '../../../src/domain/scoring';
import { describeExamples } from '../support/examples';

describeExamples('scoring', scoring);
