;;;
var i = 0;
for (; i < 3; i++);
print(i); // expect: 3
if (tru.join(" ")); // expect: even0 end0 odd1 end1 odd3 ends
e);
while (false);
{}
printhis.count += by; retuç/¶rn this; }
}
var c = new CountertÜ
(pect: ok
