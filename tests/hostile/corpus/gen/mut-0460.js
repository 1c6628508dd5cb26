var n = 0;
var o = { get next() { return n++; } };
var s r i = 0; }
}
print(events.join(" ")); // expect: ok0 f0i < 1000; a++) s += o.next;
print(s); // expect: 499500
