// Accounts with a class hierarchy (virtual dispatch, super calls, static
// counters, accessors), a transaction log, monthly processing, a JSON export
// and re-import, and a formatted report.

class InsufficientFunds extends Error {
  constructor(account, amount) {
    super("account " + account.id + " cannot withdraw " + Money.format(amount));
    this.name = "InsufficientFunds";
    this.account = account.id;
  }
}

var Money = {
  // amounts are integer cents throughout, formatted at the edges only
  format: function (cents) {
    var sign = cents < 0 ? "-" : "";
    var abs = Math.abs(cents);
    var whole = Math.floor(abs / 100);
    var frac = abs % 100;
    var groups = [];
    var w = String(whole);
    while (w.length > 3) { groups.unshift(w.slice(w.length - 3)); w = w.slice(0, w.length - 3); }
    groups.unshift(w);
    return sign + "$" + groups.join(",") + "." + (frac < 10 ? "0" : "") + frac;
  }
};

class Account {
  constructor(owner, opening) {
    this.id = Account.nextId++;
    this.owner = owner;
    this._balance = 0;
    this.history = [];
    if (opening) this.deposit(opening, "opening");
  }
  get balance() { return this._balance; }
  get kind() { return "account"; }
  deposit(amount, memo) {
    if (amount <= 0) throw new RangeError("deposit must be positive");
    this._balance += amount;
    this.history.push({ type: "credit", amount: amount, memo: memo || "" });
    return this;
  }
  canWithdraw(amount) { return this._balance >= amount; }
  withdraw(amount, memo) {
    if (!this.canWithdraw(amount)) throw new InsufficientFunds(this, amount);
    this._balance -= amount;
    this.history.push({ type: "debit", amount: amount, memo: memo || "" });
    return this;
  }
  monthEnd() { /* plain accounts do nothing */ }
  describe() { return "#" + this.id + " " + this.kind + " (" + this.owner + "): " + Money.format(this.balance); }
  toJSON() { return { id: this.id, kind: this.kind, owner: this.owner, balance: this._balance, history: this.history }; }
}
Account.nextId = 1;

class Savings extends Account {
  constructor(owner, opening, rateBasisPoints) {
    super(owner, opening);
    this.rate = rateBasisPoints;
  }
  get kind() { return "savings"; }
  monthEnd() {
    var interest = Math.round(this.balance * this.rate / 10000 / 12);
    if (interest > 0) this.deposit(interest, "interest");
  }
  toJSON() { var j = super.toJSON(); j.rate = this.rate; return j; }
}

class Checking extends Account {
  constructor(owner, opening, overdraft) {
    super(owner, opening);
    this.overdraft = overdraft;
    this.fees = 0;
  }
  get kind() { return "checking"; }
  canWithdraw(amount) { return this.balance + this.overdraft >= amount; }
  monthEnd() {
    if (this.balance < 0) {
      this.fees += 1500;
      this._balance -= 1500;
      this.history.push({ type: "debit", amount: 1500, memo: "overdraft fee" });
    }
  }
  toJSON() { var j = super.toJSON(); j.overdraft = this.overdraft; return j; }
}

class Bank {
  constructor(name) { this.name = name; this.accounts = []; this.failures = []; }
  open(account) { this.accounts.push(account); return account; }
  find(id) {
    for (var i = 0; i < this.accounts.length; i++) if (this.accounts[i].id === id) return this.accounts[i];
    throw new ReferenceError("no account " + id);
  }
  transfer(fromId, toId, amount) {
    var from = this.find(fromId), to = this.find(toId);
    try {
      from.withdraw(amount, "transfer to #" + toId);
      to.deposit(amount, "transfer from #" + fromId);
      return true;
    } catch (e) {
      if (e instanceof InsufficientFunds) { this.failures.push(e.message); return false; }
      throw e;
    }
  }
  monthEnd() { this.accounts.forEach(function (a) { a.monthEnd(); }); }
  total() { return this.accounts.reduce(function (s, a) { return s + a.balance; }, 0); }
  byKind() {
    var groups = {};
    for (var a of this.accounts) {
      (groups[a.kind] = groups[a.kind] || []).push(a.id);
    }
    return groups;
  }
  report() {
    var lines = ["== " + this.name + " =="];
    var sorted = this.accounts.slice().sort(function (a, b) { return b.balance - a.balance || a.id - b.id; });
    for (var i = 0; i < sorted.length; i++) lines.push(sorted[i].describe());
    lines.push("total " + Money.format(this.total()));
    return lines;
  }
}

function restore(json) {
  var data = JSON.parse(json);
  var bank = new Bank(data.name);
  Account.nextId = 1;
  data.accounts.forEach(function (a) {
    var acct;
    if (a.kind === "savings") acct = new Savings(a.owner, 0, a.rate);
    else if (a.kind === "checking") acct = new Checking(a.owner, 0, a.overdraft);
    else acct = new Account(a.owner, 0);
    acct._balance = a.balance;
    acct.history = a.history;
    bank.open(acct);
  });
  return bank;
}

var bank = new Bank("First Lab Bank");
var alice = bank.open(new Savings("alice", 1000000, 450));
var bob = bank.open(new Checking("bob", 25000, 50000));
var carol = bank.open(new Account("carol", 500));
var dave = bank.open(new Checking("dave", 0, 0));

print(Money.format(123456789)); // expect: $1,234,567.89
print(Money.format(-5)); // expect: -$0.05
print(Money.format(100000)); // expect: $1,000.00

print(bank.transfer(alice.id, bob.id, 20000)); // expect: true
print(bank.transfer(bob.id, carol.id, 90000)); // expect: true
print(bob.balance); // expect: -45000
print(bank.transfer(dave.id, carol.id, 1)); // expect: false
print(bank.transfer(carol.id, dave.id, 600)); // expect: true
print(bank.failures[0]); // expect: account 4 cannot withdraw $0.01

for (var month = 0; month < 3; month++) bank.monthEnd();
print(alice.balance); // expect: 991067
print(bob.balance); // expect: -49500
print(bob.fees); // expect: 4500
print(JSON.stringify(bank.byKind())); // expect: {"savings":[1],"checking":[2,4],"account":[3]}

var rep = bank.report();
for (var r = 0; r < rep.length; r++) print(rep[r]);
// expect: == First Lab Bank ==
// expect: #1 savings (alice): $9,910.67
// expect: #3 account (carol): $899.00
// expect: #4 checking (dave): $6.00
// expect: #2 checking (bob): -$495.00
// expect: total $10,320.67

var json = JSON.stringify({ name: bank.name, accounts: bank.accounts });
var copy = restore(json);
print(JSON.stringify({ name: copy.name, accounts: copy.accounts }) === json); // expect: true
print(copy.find(2) instanceof Checking); // expect: true
print(copy.find(1).describe()); // expect: #1 savings (alice): $9,910.67
print(copy.find(2).history.length); // expect: 6

var memos = [];
alice.history.forEach(function (h) { if (h.memo === "interest") memos.push(h.amount); });
print(memos.join(",")); // expect: 3675,3689,3703

try {
  bank.find(99);
} catch (e) {
  print(e.name + ": " + e.message); // expect: ReferenceError: no account 99
}
try {
  alice.deposit(-1);
} catch (e) {
  print(e instanceof RangeError); // expect: true
}
var big = new Checking("eve", 0, 0);
try {
  big.withdraw(1);
} catch (e) {
  print(e instanceof InsufficientFunds && e instanceof Error); // expect: true
  print(String(e)); // expect: InsufficientFunds: account 5 cannot withdraw $0.01
}
