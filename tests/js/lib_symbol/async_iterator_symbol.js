// Symbol.asyncIterator drives for await; sync iterators fall back
const obj = {
  async *[Symbol.asyncIterator]() { yield 'a'; yield 'b'; }
};
(async () => {
  const out = [];
  for await (const v of obj) out.push(v);
  for await (const v of [Promise.resolve('c'), 'd']) out.push(v);
  print(out.join()); // expect: a,b,c,d
  const proto = Object.getPrototypeOf(Object.getPrototypeOf(obj[Symbol.asyncIterator]()));
  print(typeof proto[Symbol.asyncIterator]); // expect: function
})();
