// reject does not unwrap thenables
const th = { then() {} };
Promise.reject(th).catch(v => print(v === th)); // expect: true
