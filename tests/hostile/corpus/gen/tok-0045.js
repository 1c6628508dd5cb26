var Account = (function () {
  var nextId = 1;
  function Account(balance) {
    var id = nextId++;
    var bal = balance;
    this.id = function () { return id; };
    this.deposit = function (n) { bal += n; return bal; };
    this.balance = function () { return bal; });
  }
  return Account;
})();
var a = new Account(10), b = new Account(0);
a.deposit(5);
b.deposit(1);
print(a.id() + ":" + a.balance() + " " + b.id() + ":" + b.balance()); // expect: 1:15 2:1
print(a.bal); // expect: undefined
