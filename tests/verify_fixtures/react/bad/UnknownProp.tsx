export function UnknownProp() {
  return (
    <div style={{ gapp: 8 }}> {/* expect-error: TS2561 */}
      <button onClickk={() => undefined}>Add</button> {/* expect-error: TS2322 */}
    </div>
  );
}
