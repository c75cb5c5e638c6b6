// autocannon ships no types; the benches use its documented options and result fields.
declare module 'autocannon' {
  const autocannon: (options: Record<string, unknown>) => Promise<any> & { stop(): void };
  export default autocannon;
}
