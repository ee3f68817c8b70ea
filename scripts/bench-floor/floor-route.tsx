import { useFloorStore } from './floor-store';

export function Component() {
  const count = useFloorStore((state) => state.count);
  const add = useFloorStore((state) => state.add);
  return (
    <button type="button" onClick={add}>
      {count}
    </button>
  );
}
