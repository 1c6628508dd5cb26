// for await awaits each element in order
(async () => {
  const out = [];
  for await (const v of [new Promise(r => setTimeout(() => r('slow'), 3)), 'fast']) out.push(v);
  print(out.join()); // expect: slow,fast
})();
