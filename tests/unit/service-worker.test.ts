import { describe, expect, it, vi } from 'vitest';
import { watchServiceWorker, type ServiceWorkerEvents } from '../../src/platform/service-worker';

/** A worker whose state the test moves on, as the browser would. */
class FakeWorker extends EventTarget {
  state: ServiceWorkerState = 'installing';
  postMessage = vi.fn();
  moveTo(state: ServiceWorkerState) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget {
  waiting: FakeWorker | null = null;
  installing: FakeWorker | null = null;
  /** A new version starts installing. */
  found(worker: FakeWorker) {
    this.installing = worker;
    this.dispatchEvent(new Event('updatefound'));
  }
}

class FakeContainer extends EventTarget {
  constructor(public controller: object | null) {
    super();
  }
  takeOver() {
    this.controller = {};
    this.dispatchEvent(new Event('controllerchange'));
  }
}

function watch(controller: object | null, waiting: FakeWorker | null = null) {
  const container = new FakeContainer(controller);
  const registration = new FakeRegistration();
  registration.waiting = waiting;
  const events: ServiceWorkerEvents = {
    onNeedRefresh: vi.fn(),
    onOfflineReady: vi.fn(),
    onNeedReload: vi.fn(),
  };
  const worker = watchServiceWorker(
    container as unknown as ServiceWorkerContainer,
    registration as unknown as ServiceWorkerRegistration,
    events,
  );
  return { container, registration, events, worker };
}

describe('watchServiceWorker', () => {
  it('says the app works offline after a first install, and offers nothing to update', () => {
    const { registration, events } = watch(null);
    const first = new FakeWorker();
    registration.found(first);
    first.moveTo('installed');
    expect(events.onOfflineReady).toHaveBeenCalledOnce();
    expect(events.onNeedRefresh).not.toHaveBeenCalled();
  });

  it('offers a new version that installs while an older one controls the page, and applies it on request', () => {
    const { registration, events, worker, container } = watch({});
    const next = new FakeWorker();
    registration.found(next);
    next.moveTo('installed');
    expect(events.onNeedRefresh).toHaveBeenCalledOnce();
    expect(events.onOfflineReady).not.toHaveBeenCalled();
    worker.applyUpdate();
    expect(next.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
    container.takeOver();
    expect(events.onNeedReload).toHaveBeenCalledOnce();
  });

  it('offers a version already waiting when the page opens (installed by another tab)', () => {
    const waiting = new FakeWorker();
    waiting.state = 'installed';
    const { events, worker } = watch({}, waiting);
    expect(events.onNeedRefresh).toHaveBeenCalledOnce();
    worker.applyUpdate();
    expect(waiting.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
  });

  it('offers no update for a first install reported as waiting (Firefox, after a navigation mid-install)', () => {
    const waiting = new FakeWorker();
    waiting.state = 'installed';
    const { events, worker } = watch(null, waiting);
    expect(events.onNeedRefresh).not.toHaveBeenCalled();
    worker.applyUpdate();
    expect(waiting.postMessage).not.toHaveBeenCalled();
  });

  it('asks for a reload when another tab applied an update, but not when a first install takes control', () => {
    const updated = watch({});
    updated.container.takeOver();
    expect(updated.events.onNeedReload).toHaveBeenCalledOnce();
    const fresh = watch(null);
    fresh.container.takeOver();
    expect(fresh.events.onNeedReload).not.toHaveBeenCalled();
  });

  it('does nothing on a worker that is still installing or became redundant', () => {
    const { registration, events } = watch({});
    const broken = new FakeWorker();
    registration.found(broken);
    broken.moveTo('redundant');
    expect(events.onNeedRefresh).not.toHaveBeenCalled();
    expect(events.onOfflineReady).not.toHaveBeenCalled();
  });
});
