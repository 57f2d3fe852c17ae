import { useState } from 'react';

export function WrongType() {
  const [count, setCount] = useState<number>(0);
  return (
    <div style={{ gap: 8 }}>
      <span>{count}</span>
      <button onClick={() => setCount('one')}>Add</button> {/* expect-error: TS2345 */}
    </div>
  );
}
