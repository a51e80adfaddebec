// The @example of every exported function of domain/rank runs here, and type-checks.
import * as rank from '../../../src/domain/rank';
import { describeExamples } from '../support/examples';

describeExamples('rank', rank);
