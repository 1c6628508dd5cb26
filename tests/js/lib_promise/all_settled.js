// Promise.allSettled result objects
Promise.allSettled([1, Promise.reject('r'), Promise.resolve('v')]).then(rs => {
  print(JSON.stringify(rs));
  print(Object.keys(rs[0]).join(), Object.keys(rs[1]).join());
});
Promise.allSettled([]).then(v => print(v.length));
print(Promise.allSettled.length);
// expect: 1
// expect: 0
// expect: [{"status":"fulfilled","value":1},{"status":"rejected","reason":"r"},{"status":"fulfilled","value":"v"}]
// expect: status,value status,reason
