import {expect} from '@open-wc/testing';
import {nextTask} from '../../src/element/next-task.js';

describe('nextTask', () => {
  it('resolves in a task of its own: after every microtask queued with it', async () => {
    const order: string[] = [];
    const task = nextTask().then(() => order.push('task'));
    void Promise.resolve().then(() => Promise.resolve().then(() => order.push('microtask')));
    await task;
    expect(order).to.deep.equal(['microtask', 'task']);
  });
});
