// race with already-resolved values picks the first element
Promise.race([Promise.resolve('a'), Promise.resolve('b')]).then(v => print(v)); // expect: a
