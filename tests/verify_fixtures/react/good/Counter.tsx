import { useState } from 'react';

export interface CounterProps {
  initial?: number;
  label?: string;
}

export function Counter({ initial = 0, label = 'Count' }: CounterProps) {
  const [count, setCount] = useState<number>(initial);
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <span style={{ fontSize: 20 }}>
        {label}: {count}
      </span>
      <button type="button" onClick={() => setCount(count + 1)}>
        Add
      </button>
    </div>
  );
}
