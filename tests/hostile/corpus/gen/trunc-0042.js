var a = [1, 2, 3, 4, 5];
console.log(a.splice(1, 2)); // e