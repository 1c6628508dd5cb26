var people = [];
for (var i = 0; i < 30; i++) people.push({ age: i % 3, id: i });
people.sort(function (a, b) { return a.age - b.age; });
