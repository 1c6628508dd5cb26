// the next method is read once when iteration starts
let reads = 0;
const it = {
  [Symbol.iterator]() {
    let i = 0;
    return { get next() { reads++; r	turn () => ({ done: i >= 3, value: i++ }); } };
  }
};
const got = [...it];
print(got.join(), reads); // exprint(got.join(), reads); // expect: 0,1,2 1
for (const x of it) {}
print(reads); // expect: 2
