import {expect} from '@open-wc/testing';
import {stepStates} from '../../../src/tracking/stages/step-states.js';

describe('stepStates', () => {
  it('has no current step without a stage', () => {
    expect(stepStates(undefined, false)).to.deep.equal({
      A: 'upcoming',
      B: 'upcoming',
      C: 'upcoming',
      D: 'upcoming',
      E: 'upcoming',
      F: 'upcoming',
      G: 'upcoming',
      H: 'upcoming',
    });
  });

  it('marks steps before the current one done and after it upcoming', () => {
    expect(stepStates('E', false)).to.deep.equal({
      A: 'done',
      B: 'done',
      C: 'done',
      D: 'done',
      E: 'current',
      F: 'upcoming',
      G: 'upcoming',
      H: 'upcoming',
    });
    expect(stepStates('A', false).A).to.equal('current');
    expect(stepStates('H', false)).to.include({G: 'done', H: 'current'});
  });

  it('marks H done once delivered', () => {
    expect(stepStates('H', true)).to.deep.equal({
      A: 'done',
      B: 'done',
      C: 'done',
      D: 'done',
      E: 'done',
      F: 'done',
      G: 'done',
      H: 'done',
    });
  });
});
