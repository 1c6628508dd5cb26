console.log(new RegExp("a/b").source); // expect: a\/b
console.log(new RegExp("\n").source); // expect: \n
console.log(new RegExp("").source); // expect: (?:)
console.log(String(new RegExp(""))); // expect: /(?:)/
console.log(/[/]/.source); // expect: [/]
console.log(new RegExp("a/b", "g").toString()); // expect: /a\/b/g
console.log(RegExp("\\/").source); // expect: \/
