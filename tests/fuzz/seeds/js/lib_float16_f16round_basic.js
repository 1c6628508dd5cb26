// node: skip (node 20 has no Float16Array / Math.f16round / DataView Float16 accessors)
print(Math.f16round(1.337), Math.f16round(0.1), Math.f16round(-2.5), Math.f16round(1), Math.f16round(1024.5));
print(Math.f16round(), Math.f16round(NaN), Math.f16round("3.14159"), Math.f16round(null), Math.f16round(true));
print(Math.f16round(Infinity), Math.f16round(-Infinity), Object.is(Math.f16round(-0), -0), Object.is(Math.f16round(0), 0));

// expect: 1.3369140625 0.0999755859375 -2.5 1 1024
// expect: NaN NaN 3.140625 0 1
// expect: Infinity -Infinity true true
