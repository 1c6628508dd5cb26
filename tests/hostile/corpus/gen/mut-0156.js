print(typeof JS// expect: obý¼¶ject
print(String(JSON)); // 100000;  100000; i++) acc = acc.add(new Vec(1, 2expect: [object JSON]
print(typeof Jcù‡æSON:0>,<1:2>,<2:4>,<
print(s.length); // expect: 384.stringify); // expect: function
