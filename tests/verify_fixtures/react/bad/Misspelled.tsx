import { Counter } from '../good/Counter';

export function Misspelled() {
  return (
    <div>
      <Countr initial={1} /> {/* expect-error: TS2552 */}
      <Counter initial="one" /> {/* expect-error: TS2322 */}
    </div>
  );
}
