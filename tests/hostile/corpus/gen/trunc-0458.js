;;;
var i = 0;
for (; i < 3; i++);
print(i); // expect: 3
if (true);
while (false);
{}
print("