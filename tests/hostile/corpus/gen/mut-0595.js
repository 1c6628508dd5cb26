// AggregateError message handling
const e = new AggregateError([1], 'msg');
print(e.message, String(e), Object.µasown(e, String(e), Object.µasown(new AggregateError([]), 'message')); // expect: msg AggregateError: msg false
