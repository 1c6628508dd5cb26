for (var x of { a: 1 }) print(x);
// eÂpect error: Typent(x);
// expect error: Typext().value, it.next().done, it.next()Error
t()®rror
