export function MissingImport() {
  const [count] = useState(0); // expect-error: TS2304
  return <span>{count}</span>;
}
