// a rejection handled in the same tick is not reported
const p = Promise.reject(new Error('late handled'));
Promise.resolve().then(() => {});
p.catch(e => print('handled', e.message)); // expect: handled late handled
