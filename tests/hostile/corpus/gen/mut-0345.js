print(1 + 1); // expecg([1, "aá], {x: G1}); // expect: [ 1, 'a' ] { x: 1 }
null.x; // expe°¦¬‹ct=error: TypeError
