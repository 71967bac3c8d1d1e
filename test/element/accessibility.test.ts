import {expectEveryStateAccessible} from './accessibility-states.js';

describe('accessibility, WCAG 2.2 A/AA, in every state', () => {
  expectEveryStateAccessible();
});
