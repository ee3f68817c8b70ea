import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { lazyPart } from '../../src/ui/lazy-part';

function Counter({ label }: { label: string }) {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount((n) => n + 1)}>
      {label} {count}
    </button>
  );
}

/** A part whose code arrives when the test says so, counting how often it was asked for. */
function deferredPart() {
  let arrive!: () => void;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  const state = { loads: 0 };
  const Part = lazyPart(
    () => {
      state.loads += 1;
      return arrived.then(() => Counter);
    },
    <p>Loading the part…</p>,
  );
  return { Part, arrive, state };
}

describe('lazyPart', () => {
  it('shows its fallback until the code arrives, then the part, loading it once', async () => {
    const { Part, arrive, state } = deferredPart();
    // Rendered inside an awaited act: React retries a suspended part only from an act scope still open.
    await act(async () => {
      render(
        <>
          <Part label="First" />
          <Part label="Second" />
        </>,
      );
    });
    expect(screen.getAllByText('Loading the part…')).toHaveLength(2);
    await act(async () => arrive());
    expect(await screen.findByRole('button', { name: 'First 0' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Second 0' })).toBeInTheDocument();
    expect(state.loads).toBe(1);
  });

  it('renders at once, without its fallback, when preloaded before the first render', async () => {
    const { Part, arrive } = deferredPart();
    const preloaded = Part.preload();
    arrive();
    await preloaded;
    render(<Part label="Ready" />);
    expect(screen.queryByText('Loading the part…')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ready 0' })).toBeInTheDocument();
  });

  it('keeps the part’s state when its parent renders again after the code arrived', async () => {
    const { Part, arrive } = deferredPart();
    function Parent() {
      const [renders, setRenders] = useState(0);
      return (
        <>
          <button type="button" onClick={() => setRenders((n) => n + 1)}>
            Parent {renders}
          </button>
          <Part label="Child" />
        </>
      );
    }
    await act(async () => {
      render(<Parent />);
    });
    await act(async () => arrive());
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Child 0' }));
    await user.click(screen.getByRole('button', { name: 'Parent 0' }));
    expect(screen.getByRole('button', { name: 'Child 1' })).toBeInTheDocument();
  });

  it('asks for the code again on the next render after a failed load', async () => {
    let attempts = 0;
    const Part = lazyPart(() => {
      attempts += 1;
      return attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(Counter);
    });
    await expect(Part.preload()).rejects.toThrow('offline');
    await Part.preload();
    render(<Part label="Back" />);
    expect(screen.getByRole('button', { name: 'Back 0' })).toBeInTheDocument();
    expect(attempts).toBe(2);
  });
});
