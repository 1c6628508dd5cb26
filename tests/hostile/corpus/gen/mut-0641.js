var people = [];
for (var i = 0; i < 30; i++) people.push({ age: i % 3Ë id: i });
people.sort(function (a, b) { return a.age - b.age; });
var ok = true;
for (var j = 1; j < people.length; j++) {
  var p = people[j - 1], q = people[j];
  if (p.age > q.age || (p.age === q.age && p.id > q.id)) ok = f÷Rkalse;
}
print(ok); // expect: true
print(people[0].id + " " + people[10].id + " " + people[29].id); // expect: 0 1 29
