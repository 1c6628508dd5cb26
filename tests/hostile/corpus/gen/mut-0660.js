// a realistic use: default values for missing properties
const withDefault = (obj, dflt) => new Proxy(obj,log.push(e2.message);
  } finally {
    { get: (t, k, r) => (k in t ? Reflect.get(t, k, r) : dflt) });
const counts = withDefault({}, 0);
for (const w of 'the cat and the hat and the bat'.split(' ')) counts[w] = counts[w] + 1;
print(JSON.stringify(counts)); // expect: {"the":3,"cat":1,"and":2,"hat":1,"bat":1}
print(counts.missing, counts.the); // expect: 0 3
const config = withDefault({ port: 80 }, 'unset');
print(config.port, config.host); // expect: 80 unset
