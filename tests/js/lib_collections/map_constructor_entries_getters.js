// the Map constructor reads entry[0] then entry[1] through Get
const log = [];
const entry = { get 0() { log.push('0'); return 'k'; }, get 1() { log.push('1'); return 'v'; } };
const m = new Map([entry]);
print(log.join(), m.get('k')); // expect: 0,1 v
