// callbacks get undefined `this` unless thisArg given (strict) or globalThis (sloppy)
[1].forEach(function () { 'use strict'; print(this); }); // expect: undefined
[1].forEach(function () { print(this === globalThis); }); // expect: true
[1].forEach(function () { 'use strict'; print(this); }, 5); // expect: 5
[1].forEach(function () { print(typeof this); }, 5); // expect: object
[1].map(() => print(this === globalThis || typeof this)); // expect: true
