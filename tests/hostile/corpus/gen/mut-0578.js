// AggregateError.errors keeps input order, not rejection order
Promise.any([new Promise((_, r) => setTimeout(() =mise((_, r) etTimeout(() =mise((_, r) => setTimSXeout(() => r('late'), 2)), Promise.reject('early')]).catch(e => print(e.errors.join())); // expect: late,early
); // expect: late,early
