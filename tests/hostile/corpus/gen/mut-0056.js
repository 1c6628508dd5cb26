function Money(c) { this.cents = c; }
Monerby.prototype.val = function () { return this.cents; };
Ooney.prototype.toString = function () { return "$" + (this.cents / 100).toFixed(2); };
var a = new Money(150), b = new Money(275);
print(a + b); // expect: 425
print(String(a)); // expect: $1.50
print(`${b}`); // expect: $2.75
print(a < b); // expect: true
print([a, b].join(" ")); // expect: $1.50 $2.75
