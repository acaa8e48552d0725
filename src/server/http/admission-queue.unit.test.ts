import { describe, expect, it } from 'vitest';
import { type AdmissionTicket, createAdmissionQueue } from './admission-queue.js';

/** Whether a ticket's turn has come, without waiting for it. */
async function isGranted(ticket: AdmissionTicket): Promise<boolean> {
  let granted = false;
  void ticket.granted.then(() => {
    granted = true;
  });
  await Promise.resolve();
  await Promise.resolve();
  return granted;
}

function enterOrFail(queue: ReturnType<typeof createAdmissionQueue>): AdmissionTicket {
  const ticket = queue.enter();
  if (!ticket) throw new Error('expected a place in line');
  return ticket;
}

describe('admission queue', () => {
  it('lets maxActive run at once, lines up maxWaiting, and turns the rest away', async () => {
    const queue = createAdmissionQueue({ maxActive: 2, maxWaiting: 1 });
    const first = enterOrFail(queue);
    const second = enterOrFail(queue);
    const third = enterOrFail(queue);

    expect(await isGranted(first)).toBe(true);
    expect(await isGranted(second)).toBe(true);
    expect(await isGranted(third)).toBe(false);
    expect(queue.enter()).toBeUndefined();
    expect([queue.activeCount, queue.waitingCount]).toEqual([2, 1]);
  });

  it('gives a freed slot to the first in line, in arrival order', async () => {
    const queue = createAdmissionQueue({ maxActive: 1, maxWaiting: 5 });
    const running = enterOrFail(queue);
    const early = enterOrFail(queue);
    const late = enterOrFail(queue);

    running.leave();
    expect(await isGranted(early)).toBe(true);
    expect(await isGranted(late)).toBe(false);
    expect(early.isActive).toBe(true);

    early.leave();
    expect(await isGranted(late)).toBe(true);
    expect([queue.activeCount, queue.waitingCount]).toEqual([1, 0]);
  });

  it('lets a waiting request leave the line without ever running, freeing its place', async () => {
    const queue = createAdmissionQueue({ maxActive: 1, maxWaiting: 1 });
    const running = enterOrFail(queue);
    const quitter = enterOrFail(queue);
    expect(queue.enter()).toBeUndefined();

    quitter.leave();
    expect(queue.waitingCount).toBe(0);
    const next = enterOrFail(queue);
    running.leave();

    expect(await isGranted(next)).toBe(true);
    expect(await isGranted(quitter)).toBe(false);
    expect(quitter.isActive).toBe(false);
  });

  it('counts a slot once however often it is given back', () => {
    const queue = createAdmissionQueue({ maxActive: 1, maxWaiting: 0 });
    const ticket = enterOrFail(queue);
    ticket.leave();
    ticket.leave();
    expect(queue.activeCount).toBe(0);
    enterOrFail(queue);
    expect(queue.enter()).toBeUndefined();
  });

  it('never lets a newcomer jump ahead of those already waiting', async () => {
    const queue = createAdmissionQueue({ maxActive: 1, maxWaiting: 2 });
    const running = enterOrFail(queue);
    const waiting = enterOrFail(queue);
    running.leave();
    // The slot went to the one waiting, so a newcomer waits too.
    const newcomer = enterOrFail(queue);
    expect(await isGranted(waiting)).toBe(true);
    expect(await isGranted(newcomer)).toBe(false);
  });

  it('refuses everyone beyond maxActive when no waiting is allowed', () => {
    const queue = createAdmissionQueue({ maxActive: 1, maxWaiting: 0 });
    enterOrFail(queue);
    expect(queue.enter()).toBeUndefined();
  });
});
